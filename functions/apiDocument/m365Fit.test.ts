import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApiDocument } from '../openApiDocument';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the library's answer, checked with expect().
type Doc = Record<string, any>;
const BASE = 'https://func-test-abc.azurewebsites.net';

/** What m365-spec-parser says of a document, for a Copilot plugin and for a message extension (test/support/specParser.js). */
function specParser(doc: Doc): Doc {
  const file = join(mkdtempSync(join(tmpdir(), 'openapi-')), 'openapi.json');
  writeFileSync(file, JSON.stringify(doc));
  const result = spawnSync(process.execPath, [join(__dirname, '..', '..', 'test', 'support', 'specParser.js'), file], { encoding: 'utf8' });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout) as Doc;
}

const doc = openApiDocument(BASE) as Doc;
const fit = specParser(doc);
const operations = (doc: Doc) => Object.values(doc.paths as Doc).flatMap((path) => Object.values(path as Doc)) as Doc[];

describe("the OpenAPI document in Microsoft's m365-spec-parser", () => {
  it('is valid for a Copilot plugin, every operation qualifying', () => {
    expect(fit.copilot).toMatchObject({ status: 0, errors: [], warnings: [] });
    expect(Object.values(fit.copilot.operations as Doc).map((op: Doc) => op.operationId)).toEqual(
      operations(doc).map((op) => op.operationId),
    );
    for (const [api, op] of Object.entries(fit.copilot.operations as Doc)) expect([api, op.reason]).toEqual([api, []]);
  });

  it('offers the job search (ListJobs) and the summary to a message extension', () => {
    expect(fit.messageExtension.status).toBe(0);
    expect(fit.messageExtension.operations['GET /jobs']).toEqual({ operationId: 'ListJobs', isValid: true, reason: [] });
    expect(fit.messageExtension.operations['GET /summary']).toMatchObject({ isValid: true });
  });

  it('has one media type per request body and per answer: no operation fails a message extension for that', () => {
    const reasons = Object.values(fit.messageExtension.operations as Doc).flatMap((op) => op.reason as string[]);
    expect(reasons).not.toContain('response-contain-multiple-media-types');
    expect(reasons).not.toContain('post-body-contain-multiple-media-types');
  });

  it('would fail a job search with two response media types (so the checks above can fail)', () => {
    const broken = structuredClone(doc);
    broken.paths['/jobs'].get.responses['200'].content['text/csv'] = { schema: { type: 'string' } };
    expect(specParser(broken).messageExtension.operations['GET /jobs'].reason).toEqual(['response-contain-multiple-media-types']);
  });
});
