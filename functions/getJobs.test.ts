import { UpstreamError } from '../shared/errors';
import { fakeJobs, httpRequest, INVOCATION_ID, invocationContext, pageOf } from '../test/support/handlerKit';
import { getJobsHandler } from './getJobs';

const NOW = new Date('2026-11-28T12:00:00Z');
const BASE_URL = 'https://jobs.example';
const URL = `${BASE_URL}/api/OpenApi/GetJobs`;

describe('getJobsHandler', () => {
  it('answers a JobFilterModel with the page, the effective filter and a nextLink to the facade', async () => {
    const jobs = fakeJobs(pageOf(12));
    const body = { pageInfo: { currentPage: 1, pageSize: 5 }, type: 1, status: 4 };
    const response = await getJobsHandler({ jobs, now: () => NOW, publicBaseUrl: BASE_URL })(
      httpRequest('POST', URL, { body }),
      invocationContext(),
    );
    expect(response.status).toBe(200);
    expect(jobs.queries).toEqual([expect.objectContaining({ page: 1, pageSize: 5, type: 1, statuses: [4] })]);
    expect(response.jsonBody).toMatchObject({
      totalCount: 12,
      pageIndex: 1,
      pageSize: 5,
      filter: { pageInfo: { currentPage: 1, pageSize: 5 }, type: 1, status: 4 },
      nextLink: expect.stringMatching(/^https:\/\/jobs\.example\/api\/jobs\?page=2&size=5&type=1&/),
    });
    expect((response.jsonBody as { jobs: unknown[] }).jobs).toHaveLength(5);
  });

  it('reads an empty body as every default, the window ending now', async () => {
    const jobs = fakeJobs(pageOf(0));
    const response = await getJobsHandler({ jobs, now: () => NOW, publicBaseUrl: BASE_URL })(httpRequest('POST', URL), invocationContext());
    expect(response.status).toBe(200);
    expect(jobs.queries[0]).toMatchObject({ page: 1, pageSize: 10, endTime: NOW.toISOString() });
  });

  it.each([
    { body: { type: 'everything' }, fields: ['type'] },
    { body: { status: [4, 'nope'] }, fields: ['status[1]'] },
    { body: { pageInfo: { pageSize: 101, currentPage: 0 } }, fields: ['pageInfo.currentPage', 'pageInfo.pageSize'] },
  ])('refuses $body with a problem+json 400 naming $fields, without calling the service', async ({ body, fields }) => {
    const jobs = fakeJobs(pageOf(1));
    const response = await getJobsHandler({ jobs, now: () => NOW, publicBaseUrl: BASE_URL })(
      httpRequest('POST', URL, { body }),
      invocationContext(),
    );
    expect(response).toMatchObject({ status: 400, headers: { 'content-type': 'application/problem+json' } });
    expect(response.jsonBody).toMatchObject({ status: 400, instance: `urn:invocation:${INVOCATION_ID}` });
    expect((response.jsonBody as { errors: Array<{ field: string }> }).errors.map((e) => e.field)).toEqual(fields);
    expect(jobs.queries).toEqual([]);
  });

  it('refuses a body that is not JSON with 400 and one of another type with 415', async () => {
    const handler = getJobsHandler({ jobs: fakeJobs(pageOf(1)), now: () => NOW, publicBaseUrl: BASE_URL });
    expect((await handler(httpRequest('POST', URL, { body: '{"type": 1,' }), invocationContext())).status).toBe(400);
    const xml = httpRequest('POST', URL, { body: '<type>1</type>', headers: { 'content-type': 'application/xml' } });
    expect((await handler(xml, invocationContext())).status).toBe(415);
  });

  it.each([
    { error: new UpstreamError('badGateway', 'AvePoint failed'), status: 502, retryAfter: undefined },
    { error: new UpstreamError('unavailable', 'AvePoint is unavailable', 7.2), status: 503, retryAfter: '8' },
    { error: new UpstreamError('timeout', 'AvePoint did not answer in time'), status: 504, retryAfter: undefined },
  ])('maps an upstream $error.kind to $status, logged as a warning', async ({ error, status, retryAfter }) => {
    const context = invocationContext();
    const response = await getJobsHandler({ jobs: fakeJobs(() => Promise.reject(error)), now: () => NOW, publicBaseUrl: BASE_URL })(
      httpRequest('POST', URL, { body: {} }),
      context,
    );
    expect(response).toMatchObject({ status, headers: { 'content-type': 'application/problem+json' } });
    expect((response.headers as Record<string, string>)['retry-after']).toBe(retryAfter);
    expect(context.logged).toEqual([{ level: 'warning', args: ['Upstream failure', { kind: error.kind, message: error.message }] }]);
  });
});
