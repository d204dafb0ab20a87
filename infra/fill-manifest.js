// Fills the ${{NAME}} placeholders of the Teams manifest from environment variables of the same
// name and writes the result: `node infra/fill-manifest.js <template> <output>`. Fails on a missing value.
'use strict';
const { readFileSync, writeFileSync } = require('node:fs');

const [from, to] = process.argv.slice(2);
if (!from || !to) {
  console.error('usage: node infra/fill-manifest.js <template> <output>');
  process.exit(2);
}
const missing = [];
const text = readFileSync(from, 'utf8').replace(/\$\{\{(\w+)\}\}/g, (placeholder, name) => {
  const value = process.env[name];
  if (!value) {
    missing.push(placeholder);
    return placeholder;
  }
  return JSON.stringify(value).slice(1, -1); // escaped for a JSON string
});
if (missing.length > 0) {
  console.error(`fill-manifest: no value for ${missing.join(', ')}`);
  process.exit(1);
}
JSON.parse(text); // never write a manifest Teams would reject as malformed
writeFileSync(to, text);
