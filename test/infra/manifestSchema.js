// Validates a Teams app manifest, a declarative agent manifest or an API plugin manifest against the
// Microsoft JSON schema its `$schema` names, offline, the way the Microsoft 365 Agents Toolkit does
// (@microsoft/app-manifest: ajv draft-04 with its formats). The schemas are those the package ships
// (build/json-schemas/, copies of github.com/microsoft/json-schemas); a schema it lacks is an error,
// never a download.
// A separate process because that package requires an ES-module-only dependency, which jest's
// CommonJS runtime cannot load and Node (20.19+) can.
// Usage: node manifestSchema.js <manifest.json>; prints a JSON array of errors ([] when valid).
'use strict';
const { existsSync, readFileSync } = require('node:fs');
const { dirname, join } = require('node:path');
const { AppManifestUtils } = require('@microsoft/app-manifest');

const PREFIX = 'https://developer.microsoft.com/json-schemas/';
const manifest = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const root = join(dirname(require.resolve('@microsoft/app-manifest/package.json')), 'build', 'json-schemas');
if (typeof manifest.$schema !== 'string' || !manifest.$schema.startsWith(PREFIX)) {
  console.error(`$schema must start with ${PREFIX}`);
  process.exit(2);
}
const schemaPath = join(root, manifest.$schema.slice(PREFIX.length));
if (!existsSync(schemaPath)) {
  console.error(`@microsoft/app-manifest ships no ${manifest.$schema}`);
  process.exit(2);
}
const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
AppManifestUtils.validateAgainstSchema(manifest, schema).then(
  (errors) => console.log(JSON.stringify(errors)),
  (error) => {
    console.error(error);
    process.exit(2);
  },
);
