// Validates a Teams manifest against Microsoft's JSON schema for its manifestVersion, offline, the
// way the Microsoft 365 Agents Toolkit does (@microsoft/app-manifest: ajv draft-04 with its formats).
// A separate process because that package requires an ES-module-only dependency, which jest's
// CommonJS runtime cannot load and Node (20.19+) can.
// Usage: node manifestSchema.js <manifest.json>; prints a JSON array of errors ([] when valid).
'use strict';
const { readFileSync } = require('node:fs');
const { dirname, join } = require('node:path');
const { AppManifestUtils } = require('@microsoft/app-manifest');

const manifest = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const root = dirname(require.resolve('@microsoft/app-manifest/package.json'));
const schemaPath = join(root, 'build', 'json-schemas', 'teams', `v${manifest.manifestVersion}`, 'MicrosoftTeams.schema.json');
const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
AppManifestUtils.validateAgainstSchema(manifest, schema).then(
  (errors) => console.log(JSON.stringify(errors)),
  (error) => {
    console.error(error);
    process.exit(2);
  },
);
