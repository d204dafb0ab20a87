import { startSimulator, CONTOSO_ID, type Simulator } from '../../simulator';
import type { JobsPage } from '../../jobs/model';

const NOW = new Date('2026-11-28T12:00:00Z');
let sim: Simulator;
let token: string;
const newToken = async () => {
  const response = await fetch(sim.tokenUrl, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: sim.clients.secret.clientId,
      client_secret: sim.clients.secret.clientSecret,
    }),
  });
  return ((await response.json()) as { access_token: string }).access_token;
};
beforeAll(async () => {
  sim = await startSimulator({ now: () => NOW });
  token = await newToken();
});
afterEach(() => sim.faults.clear());
afterAll(() => sim.close());

const valid = { type: '0', startTime: '2026-11-27T00:00:00Z', finishTime: '2026-11-28T00:00:00Z' };
const graph = (params: Record<string, string>, auth = `Bearer ${token}`) =>
  fetch(`${sim.url}/dynamicsbackup/jobs?${new URLSearchParams(params).toString()}`, { headers: { authorization: auth } });
const legacy = (body: unknown, contentType = 'application/json', auth = `Bearer ${token}`) =>
  fetch(`${sim.url}/api/OpenApi/GetJobs`, {
    method: 'POST',
    headers: { authorization: auth, 'content-type': contentType },
    body: JSON.stringify(body),
  });
const legacyBody = { pageInfo: { currentPage: 1, pageSize: 10 }, type: 0, startTime: valid.startTime, endTime: valid.finishTime };

it.each([
  { name: 'graph without a token', call: () => graph(valid, '') },
  { name: 'graph with an unknown token', call: () => graph(valid, 'Bearer nope') },
  { name: 'legacy without a token', call: () => legacy(legacyBody, 'application/json', '') },
])('401 for $name', async ({ call }) => {
  const response = await call();
  expect(response.status).toBe(401);
  expect(response.headers.get('www-authenticate')).toBe('Bearer');
});

describe('graph dialect validation', () => {
  const { type: _type, ...withoutType } = valid;
  const { startTime: _start, ...withoutStart } = valid;
  const { finishTime: _finish, ...withoutFinish } = valid;
  it.each([
    { name: 'type missing', params: withoutType },
    { name: 'startTime missing', params: withoutStart },
    { name: 'finishTime missing', params: withoutFinish },
    { name: 'type 3', params: { ...valid, type: '3' } },
    { name: 'type not a number', params: { ...valid, type: 'backup' } },
    { name: 'status 5', params: { ...valid, status: '5' } },
    { name: 'pageSize 0', params: { ...valid, pageSize: '0' } },
    { name: 'pageSize 101', params: { ...valid, pageSize: '101' } },
    { name: 'pageIndex 0', params: { ...valid, pageIndex: '0' } },
    { name: 'startTime not a date', params: { ...valid, startTime: 'yesterday' } },
    { name: 'startTime after finishTime', params: { ...valid, startTime: valid.finishTime, finishTime: valid.startTime } },
    { name: 'organizationId not a GUID', params: { ...valid, organizationId: 'contoso' } },
  ])('400 with a message when $name', async ({ params }) => {
    const response = await graph(params);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: { code: 'InvalidParameter', message: expect.any(String) } });
  });
});

describe('legacy dialect', () => {
  it.each(['application/json', 'text/json', 'application/vnd.avepoint+json', 'application/json; charset=utf-8'])(
    'accepts %s',
    async (contentType) => {
      const response = await legacy(legacyBody, contentType);
      expect(response.status).toBe(200);
    },
  );
  it('refuses text/plain with 415', async () => {
    expect((await legacy(legacyBody, 'text/plain')).status).toBe(415);
  });
  it.each([
    { name: 'pageSize 500', body: { ...legacyBody, pageInfo: { currentPage: 1, pageSize: 500 } } },
    { name: 'type 3', body: { ...legacyBody, type: 3 } },
    { name: 'no endTime', body: { ...legacyBody, endTime: undefined } },
    { name: 'a body that is not an object', body: 'jobs please' },
  ])('400 when $name', async ({ body }) => {
    expect((await legacy(body)).status).toBe(400);
  });
  it('reads times given as epoch milliseconds (the seed calls them long) like ISO text', async () => {
    const iso = (await (await legacy(legacyBody)).json()) as JobsPage;
    const epoch = (await (
      await legacy({ ...legacyBody, startTime: Date.parse(valid.startTime), endTime: Date.parse(valid.finishTime) })
    ).json()) as JobsPage;
    expect(epoch).toEqual(iso);
  });
});

it('follows nextLink to the end: every job once, same query, pageIndex + 1', async () => {
  const seen: string[] = [];
  let link: string | null =
    `/dynamicsbackup/jobs?${new URLSearchParams({ ...valid, organizationId: CONTOSO_ID, pageSize: '30' }).toString()}`;
  let page: JobsPage | undefined;
  for (let expectedIndex = 1; link !== null; expectedIndex += 1) {
    const response = await fetch(new URL(link, sim.url), { headers: { authorization: `Bearer ${token}` } });
    page = (await response.json()) as JobsPage;
    expect(page.pageIndex).toBe(expectedIndex);
    seen.push(...page.jobs.map((j) => j.jobId));
    link = page.nextLink;
  }
  expect(seen.length).toBe(page!.totalCount);
  expect(new Set(seen).size).toBe(seen.length);
});

it('answers an empty last page past the end', async () => {
  const page = (await (await graph({ ...valid, pageIndex: '999' })).json()) as JobsPage;
  expect(page).toMatchObject({ pageIndex: 999, jobs: [], nextLink: null });
  expect(page.totalCount).toBeGreaterThan(0);
});

describe('faults over HTTP', () => {
  const control = (method: string, body?: unknown) =>
    fetch(`${sim.url}/_sim/faults`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  it('throttles the next k API requests with Retry-After, then clears', async () => {
    expect((await control('POST', { kind: 'throttle', count: 2, retryAfterSeconds: 7 })).status).toBe(204);
    for (let i = 0; i < 2; i += 1) {
      const response = await graph(valid);
      expect(response.status).toBe(429);
      expect(response.headers.get('retry-after')).toBe('7');
    }
    expect((await graph(valid)).status).toBe(200);
  });

  it('DELETE clears faults; the token endpoint can be taken down separately', async () => {
    await control('POST', [
      { kind: 'error', status: 503 },
      { kind: 'error', status: 503, scope: 'token' },
    ]);
    expect((await graph(valid)).status).toBe(503);
    expect((await fetch(sim.tokenUrl, { method: 'POST' })).status).toBe(503);
    expect((await control('DELETE')).status).toBe(204);
    expect((await graph(valid)).status).toBe(200);
  });

  it('revoking tokens makes existing tokens answer 401', async () => {
    const fresh = await newToken();
    await control('POST', { kind: 'revokeTokens' });
    expect((await graph(valid, `Bearer ${fresh}`)).status).toBe(401);
    expect((await graph(valid)).status).toBe(401);
    token = await newToken();
    expect((await graph(valid)).status).toBe(200);
  });

  it('400 for an unknown fault', async () => {
    expect((await control('POST', { kind: 'meteor' })).status).toBe(400);
  });

  it('counts requests in /_sim/stats', async () => {
    const stats = (await (await fetch(`${sim.url}/_sim/stats`)).json()) as Record<string, number>;
    expect(stats).toEqual({ tokenRequests: expect.any(Number), apiRequests: expect.any(Number), connections: expect.any(Number) });
    expect(stats.apiRequests).toBeGreaterThan(0);
  });
});
