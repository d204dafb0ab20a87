import SwaggerParser from '@apidevtools/swagger-parser';
import { getJson } from '../support/facadeHttp';
import { startTestHost } from '../support/testHost';
import { responseValidator } from '../support/responseValidator';

let host: Awaited<ReturnType<typeof startTestHost>>;
beforeAll(async () => {
  host = await startTestHost();
});
afterAll(() => host.close());

const validate = (doc: unknown) => SwaggerParser.validate(structuredClone(doc) as never);

describe('GET /api/openapi.json', () => {
  it('is a valid OpenAPI 3.0.3 document with the public URL as its server, anonymous', async () => {
    const { status, body: doc } = await getJson(`${host.url}/api/openapi.json`);
    expect(status).toBe(200);
    await expect(validate(doc)).resolves.toBeDefined();
    expect(doc.servers).toEqual([{ url: `${host.url}/api` }]);
    expect(Object.keys(doc.paths)).toEqual(['/OpenApi/GetJobs', '/jobs', '/jobs.csv', '/summary', '/health']);
  });

  it('describes every field a job has, and the page as it is answered', async () => {
    const { body: doc } = await getJson(`${host.url}/api/openapi.json`);
    const { body: page } = await getJson(`${host.url}/api/jobs?size=1`);
    expect(Object.keys(doc.components.schemas.Job.properties).sort()).toEqual(Object.keys(page.jobs[0]).sort());
    expect(doc.components.schemas.JobsPage.required.sort()).toEqual(Object.keys(page).sort());
  });
});

describe('GET /api/swagger.json', () => {
  it('is a valid Swagger 2.0 document whose host and basePath are the public URL, anonymous', async () => {
    const { status, body: doc } = await getJson(`${host.url}/api/swagger.json`);
    expect(status).toBe(200);
    await expect(validate(doc)).resolves.toBeDefined();
    const url = new URL(host.url);
    expect(doc).toMatchObject({ swagger: '2.0', host: url.host, basePath: '/api', schemes: ['http'] });
  });
});

describe('every response the facade tests receive is checked against the served document (harness.ts)', () => {
  const page = async () => (await getJson(`${host.url}/api/jobs?size=1&status=failed,finished`)).body;
  const check = async (changes: { status?: number; contentType?: string; body?: unknown }) => {
    const { body: doc } = await getJson(`${host.url}/api/openapi.json`);
    const body = changes.body ?? (await page());
    return () =>
      responseValidator(doc)({
        method: 'GET',
        url: `${host.url}/api/jobs`,
        status: 200,
        contentType: 'application/json',
        ...changes,
        body,
      });
  };

  it('accepts a page whose filter merged several statuses (filter.status is an array)', async () => {
    const body = await page();
    expect(body.filter.status).toEqual([4, 3]);
    expect(await check({ body })).not.toThrow();
  });

  it('refuses a body with a property the document does not describe', async () => {
    expect(await check({ body: { ...(await page()), extra: 1 } })).toThrow(/must NOT have additional properties/);
  });

  it('refuses a status the operation does not list', async () => {
    expect(await check({ status: 418 })).toThrow(/status is not among/);
  });

  it('refuses a content type the status does not list', async () => {
    expect(await check({ contentType: 'text/plain' })).toThrow(/content type "text\/plain"/);
  });

  it('refuses a path the document does not describe', async () => {
    const { body: doc } = await getJson(`${host.url}/api/openapi.json`);
    expect(() =>
      responseValidator(doc)({ method: 'GET', url: `${host.url}/api/nowhere`, status: 404, contentType: null, body: undefined }),
    ).toThrow(/has no GET \/nowhere/);
  });
});
