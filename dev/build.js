// The local build behind `npm start`, `npm run simulator`, `connector` and `bench`: each TypeScript
// file of the product folders and bench/ (tests excluded) becomes one CommonJS file in dist/, in the
// layout tsc would give (package.json `main` = dist/functions/index.js), plus the card templates the
// code requires. esbuild does this in about a second where tsc took half a minute; it checks no types,
// which `npm test` does (`tsc --noEmit`). The deploy artefact is infra/bundle.js, not this.
'use strict';
const { cpSync, readdirSync, rmSync } = require('node:fs');
const { join } = require('node:path');
const esbuild = require('esbuild');

const root = join(__dirname, '..');
const PRODUCT = ['alerts', 'app', 'avepoint', 'bot', 'cards', 'dev', 'functions', 'jobs', 'reader', 'shared', 'simulator', 'storage'];
const FOLDERS = [...PRODUCT, 'bench', 'fixtures'];

const filesUnder = (dir, keep) =>
  readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path, keep);
    return keep(entry.name) ? [path] : [];
  });

const started = Date.now();
process.stdout.write('Building dist/ with esbuild (no type check; `npm test` checks types)… ');
const sources = FOLDERS.flatMap((dir) => filesUnder(dir, (name) => name.endsWith('.ts') && !name.endsWith('.test.ts')));
// Files of a removed source must not linger in dist/ and be required by mistake.
for (const dir of FOLDERS) rmSync(join(root, 'dist', dir), { recursive: true, force: true });
esbuild.buildSync({
  absWorkingDir: root,
  entryPoints: sources,
  outdir: 'dist',
  outbase: '.',
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // import() of a relative path, left as is, would load it as an ES module, which needs the file's
  // extension; like tsc, turn it into require() (the lazy loading it is there for is kept).
  supported: { 'dynamic-import': false },
  sourcemap: true,
  logLevel: 'warning',
});
for (const json of PRODUCT.flatMap((dir) => filesUnder(dir, (name) => name.endsWith('.json'))))
  cpSync(join(root, json), join(root, 'dist', json));
console.log(`${sources.length} files in ${((Date.now() - started) / 1000).toFixed(1)} s`);
