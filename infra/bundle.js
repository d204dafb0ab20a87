// Builds the production artefact: functions/index.ts and every dependency in one minified
// CommonJS file, dist/bundle/dist/functions/index.js, with the host.json and a package.json whose
// main points at it: `node infra/bundle.js`. One file loads faster than hundreds of modules and
// needs no node_modules (see docs/PERFORMANCE.md).
'use strict';
const { mkdirSync, rmSync, writeFileSync, copyFileSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
const esbuild = require('esbuild');

const root = join(__dirname, '..');
const out = join(root, 'dist', 'bundle');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
esbuild.buildSync({
  entryPoints: [join(root, 'functions', 'index.ts')],
  outfile: join(out, pkg.main),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: true,
  // Error names and class names stay readable in logs.
  keepNames: true,
  // The Functions worker provides this module at run time; it is not on npm.
  external: ['@azure/functions-core'],
  legalComments: 'linked',
  logLevel: 'warning',
});
copyFileSync(join(root, 'host.json'), join(out, 'host.json'));
const { name, version, description, main, engines } = pkg;
writeFileSync(join(out, 'package.json'), `${JSON.stringify({ name, version, description, main, engines, private: true }, null, 2)}\n`);
