// Asks Microsoft's m365-spec-parser (what the Microsoft 365 Agents Toolkit uses to turn an OpenAPI document
// into a Copilot API plugin or a message extension) which operations of a document qualify, offline.
// A separate process because the library requires @microsoft/app-manifest, whose ES-module-only
// dependency jest's CommonJS runtime cannot load (see test/infra/manifestSchema.js).
// Usage: node specParser.js <openapi.json>; prints {copilot, messageExtension}: each the validation
// result and, per operation ("GET /jobs"), whether it qualifies and why not.
'use strict';
const { readFileSync } = require('node:fs');
const { ProjectType, SpecParser } = require('@microsoft/m365-spec-parser');

const spec = JSON.parse(readFileSync(process.argv[2], 'utf8'));
// The options the Agents Toolkit passes for an API-key-secured document.
const options = (projectType) => ({
  projectType,
  allowAPIKeyAuth: true,
  allowMultipleParameters: true,
  allowMethods: ['get', 'post'],
  allowResponseSemantics: true,
  allowConversationStarters: true,
});

async function check(projectType) {
  const parser = new SpecParser(structuredClone(spec), options(projectType));
  const { status, errors, warnings } = await parser.validate();
  const { APIs } = await parser.list();
  return {
    status,
    errors: errors.map((e) => e.type),
    warnings: warnings.map((w) => w.type),
    operations: Object.fromEntries(
      APIs.map((api) => [api.api, { operationId: api.operationId, isValid: api.isValid, reason: api.reason }]),
    ),
  };
}

(async () => {
  console.log(JSON.stringify({ copilot: await check(ProjectType.Copilot), messageExtension: await check(ProjectType.SME) }));
})().catch((error) => {
  console.error(error);
  process.exit(2);
});
