import { newestFirst } from '../../jobs/mergeNewestFirst';
import { getJson, postJson } from '../support/facadeHttp';
import { startTestHost } from '../support/testHost';

describe.each([
  ['graph', 'secret'],
  ['legacy', 'certificate'],
  ['graph', 'certificate'],
  ['legacy', 'secret'],
] as const)('the facade over the %s dialect with a %s credential', (dialect, credential) => {
  let host: Awaited<ReturnType<typeof startTestHost>>;
  beforeAll(async () => {
    host = await startTestHost({ settings: { AVEPOINT_API: dialect }, simulatorCredential: credential });
  });
  afterAll(() => host.close());

  it('answers a seed-shaped body with jobs, named enums and the effective filter', async () => {
    const { status, body } = await postJson(`${host.url}/api/OpenApi/GetJobs`, {
      pageInfo: { currentPage: 1, pageSize: 5 },
      type: 1,
      status: 4,
      extra: 'ignored',
    });
    expect(status).toBe(200);
    expect(body.pageIndex).toBe(1);
    expect(body.pageSize).toBe(5);
    expect(body.totalCount).toBeGreaterThan(0);
    expect(body.jobs.length).toBeGreaterThan(0);
    for (const job of body.jobs) {
      expect(job).toMatchObject({ type: 1, typeName: 'backup', status: 4, statusName: 'failed' });
      expect(job.jobId).toMatch(/^[A-Z]{4}\d{22}$/);
      expect(typeof job.organizationName).toBe('string');
    }
    expect(body.filter).toMatchObject({ pageInfo: { currentPage: 1, pageSize: 5 }, type: 1, status: 4 });
    expect(body.filter.startTime).toMatch(/Z$/);
  });
});

describe('paging and merging', () => {
  let host: Awaited<ReturnType<typeof startTestHost>>;
  beforeAll(async () => {
    host = await startTestHost();
  });
  afterAll(() => host.close());

  it('links the next page to the facade and following it gives the next jobs', async () => {
    const first = await getJson(`${host.url}/api/jobs?type=backup&size=3&code=anykey`);
    expect(first.status).toBe(200);
    expect(first.body.nextLink).toMatch(new RegExp(`^${host.url.replace('127.0.0.1', '(127\\.0\\.0\\.1|localhost)')}/api/jobs\\?`));
    const second = await getJson(first.body.nextLink);
    expect(second.status).toBe(200);
    expect(second.body.pageIndex).toBe(2);
    expect(second.body.totalCount).toBe(first.body.totalCount);
    const ids = new Set(first.body.jobs.map((j: { jobId: string }) => j.jobId));
    for (const job of second.body.jobs) expect(ids.has(job.jobId)).toBe(false);
  });

  it('has no nextLink on the last page', async () => {
    const { body } = await getJson(`${host.url}/api/jobs?size=100&status=inProgress`);
    expect(body.totalCount).toBeLessThanOrEqual(100);
    expect(body.nextLink).toBeNull();
  });

  it('merges several statuses newest first with the combined total', async () => {
    const end = Date.now();
    const range = `start=${end - 20 * 86_400_000}&end=${end}`;
    const failed = await getJson(`${host.url}/api/jobs?status=failed&size=40&${range}`);
    const partial = await getJson(`${host.url}/api/jobs?status=finishedWithException&size=40&${range}`);
    const both = await getJson(`${host.url}/api/jobs?status=failed,finishedWithException&size=20&page=2&${range}`);
    expect(both.status).toBe(200);
    expect(both.body.totalCount).toBe(failed.body.totalCount + partial.body.totalCount);
    expect(both.body.filter.status).toEqual([4, 7]);
    const expected = [...failed.body.jobs, ...partial.body.jobs].sort(newestFirst).slice(20, 40);
    expect(both.body.jobs.map((j: { jobId: string }) => j.jobId)).toEqual(expected.map((j) => j.jobId));
  });

  it('finds one job by id through the service', async () => {
    const { body } = await getJson(`${host.url}/api/jobs?size=1&page=3`);
    const job = await host.app.jobs.getJob(body.jobs[0].jobId);
    expect(job?.jobId).toBe(body.jobs[0].jobId);
    expect(await host.app.jobs.getJob('DCIB2026010100000000000000')).toBeUndefined();
  });
});
