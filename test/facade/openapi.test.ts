import { getJson, startTestHost } from './harness';

let host: Awaited<ReturnType<typeof startTestHost>>;
beforeAll(async () => {
  host = await startTestHost();
});
afterAll(() => host.close());

describe('GET /api/openapi.json', () => {
  it('is an OpenAPI 3.0 document of the facade a connector can import', async () => {
    const { status, body: doc } = await getJson(`${host.url}/api/openapi.json`);
    expect(status).toBe(200);
    expect(doc.openapi).toMatch(/^3\.0\./);
    expect(doc.servers).toEqual([{ url: `${host.url}/api` }]);
    expect(Object.keys(doc.paths)).toEqual(['/OpenApi/GetJobs', '/jobs', '/health']);
    expect(doc.paths['/OpenApi/GetJobs'].post.operationId).toBe('GetJobs');
    expect(doc.paths['/jobs'].get.operationId).toBe('ListJobs');
    expect(doc.components.securitySchemes).toEqual({
      functionKeyHeader: { type: 'apiKey', in: 'header', name: 'x-functions-key' },
      functionKeyQuery: { type: 'apiKey', in: 'query', name: 'code' },
    });
    expect(Object.keys(doc.components.schemas).sort()).toEqual(['Job', 'JobFilterModel', 'JobsPage', 'Problem']);
    // Every $ref points at a schema that exists.
    const refs = JSON.stringify(doc).match(/"\$ref":"#\/components\/schemas\/[^"]+"/g) ?? [];
    for (const ref of refs) expect(doc.components.schemas).toHaveProperty(ref.split('/').pop()!.replace('"', ''));
  });

  it('describes every field a job has', async () => {
    const { body: doc } = await getJson(`${host.url}/api/openapi.json`);
    const { body: page } = await getJson(`${host.url}/api/jobs?size=1`);
    expect(Object.keys(doc.components.schemas.Job.properties).sort()).toEqual(Object.keys(page.jobs[0]).sort());
    expect(Object.keys(doc.components.schemas.JobsPage.properties).sort()).toEqual(Object.keys(page).sort());
  });
});
