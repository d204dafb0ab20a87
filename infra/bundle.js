// Builds the production artefact: functions/index.ts and every dependency as minified ES modules
// in dist/bundle/dist/functions/, with the host.json and a package.json whose main points at
// index.mjs: `node infra/bundle.js [output folder, default dist/bundle]`. A few files load faster
// than hundreds of modules and need no node_modules (see docs/PERFORMANCE.md).
//
// Code splitting puts what only the bot's dynamic import() needs (botbuilder, the card templating)
// in its own file, which Node reads and compiles on the first bot request, not at start-up. Modules
// both sides use go to shared chunks that exist once, so classes such as UpstreamError keep one
// identity and `instanceof` holds across the split. esbuild splits ES modules only; the Functions
// worker imports a main ending in .mjs as one.
'use strict';
const { mkdirSync, rmSync, writeFileSync, copyFileSync, readFileSync } = require('node:fs');
const { basename, dirname, join, resolve } = require('node:path');
const esbuild = require('esbuild');

const root = join(__dirname, '..');
// Another folder lets a test build without racing `npm run bench` or a deploy over dist/bundle.
const out = resolve(process.argv[2] ?? join(root, 'dist', 'bundle'));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
// Same place as the tsc output's main (dist/functions/index.js), as an ES module.
const main = pkg.main.replace(/\.js$/, '.mjs');

// Packages whose index loads far more than the app uses; see each replacement for why it is safe.
const slimPackages = {
  name: 'slim-packages',
  setup(build) {
    // zod's namespace re-exports every locale (z.locales, ~260 KB minified), which esbuild cannot
    // shake because `z` is itself exported as a value. The app speaks English, which zod registers
    // from locales/en.js directly.
    build.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, (file) => ({
      contents: 'export { default as en } from "./en.js";',
      resolveDir: dirname(file.path),
      loader: 'js',
    }));
    build.onResolve({ filter: /^undici$/ }, () => ({ path: join(__dirname, 'undiciAgent.js') }));
  },
};

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
esbuild
  .build({
    entryPoints: [{ in: join(root, 'functions', 'index.ts'), out: basename(main, '.mjs') }],
    outdir: join(out, dirname(main)),
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    minify: true,
    // Error names and class names stay readable in logs.
    keepNames: true,
    // The Functions worker provides this module at run time, through require; it is not on npm.
    external: ['@azure/functions-core'],
    // The bundled CommonJS packages require Node built-ins (and @azure/functions-core), which an ES
    // module can only do through a require made for it. The long name keeps clear of minified ones.
    banner: { js: "import{createRequire as __bundleCreateRequire}from'node:module';const require=__bundleCreateRequire(import.meta.url);" },
    legalComments: 'linked',
    plugins: [slimPackages],
    logLevel: 'warning',
  })
  .then(
    () => {
      copyFileSync(join(root, 'host.json'), join(out, 'host.json'));
      const { name, version, description, engines } = pkg;
      writeFileSync(
        join(out, 'package.json'),
        `${JSON.stringify({ name, version, description, main, engines, private: true }, null, 2)}\n`,
      );
    },
    // esbuild has printed what failed.
    () => process.exit(1),
  );
