import { REFINE_SCAN_LIMIT } from '../../jobs/limits';
import { CONTOSO_ID, FABRIKAM_ID } from '../../simulator';
import { getBody, getJson } from '../support/facadeHttp';
import { startTestHost } from '../support/testHost';

let host: Awaited<ReturnType<typeof startTestHost>>;
beforeAll(async () => {
  host = await startTestHost();
});
afterAll(() => host.close());

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- response JSON that the tests walk and check with expect().
type Body = Record<string, any>;
type JobBody = Record<string, number | string>;
const DAY = `start=${new Date(Date.now() - 12 * 3_600_000).toISOString()}&end=${new Date().toISOString()}`;
const jobs = async (refinement: string, range = DAY) => {
  const { status, body } = await getJson(`${host.url}/api/jobs?size=100&${range}&${refinement}`);
  expect(status).toBe(200);
  return body as Body;
};

describe('GET /api/jobs refinements through the local host', () => {
  /** Every job of the range, unrefined, to count against (a few hundred: a few pages). */
  let unrefined: Body;
  beforeAll(async () => {
    unrefined = await jobs('');
    for (let page = 2; unrefined.jobs.length < unrefined.totalCount; page++) unrefined.jobs.push(...(await jobs(`page=${page}`)).jobs);
  });

  test.each<[string, string, (job: JobBody) => boolean]>([
    ['excludeOrg', `excludeOrg=${CONTOSO_ID}`, (job) => job.organizationId !== CONTOSO_ID],
    [
      'excludeOrg, repeated',
      `excludeOrg=${CONTOSO_ID}&excludeOrg=${FABRIKAM_ID.toUpperCase()}`,
      (job) => ![CONTOSO_ID, FABRIKAM_ID].includes(String(job.organizationId)),
    ],
    [
      'excludeOrg, comma-separated',
      `excludeOrg=${CONTOSO_ID},${FABRIKAM_ID}`,
      (job) => ![CONTOSO_ID, FABRIKAM_ID].includes(String(job.organizationId)),
    ],
    ['excludeType, names and numbers', 'excludeType=restore,32', (job) => job.type !== 2 && job.type !== 32],
    ['module, in any case', `module=${encodeURIComponent('customer engagement')}`, (job) => job.module === 'Customer Engagement'],
    ['minSize in bytes', `minSize=${1024 ** 3}`, (job) => Number(job.backupSize) >= 1024 ** 3],
    ['minSize with a unit', 'minSize=1GB', (job) => Number(job.backupSize) >= 1024 ** 3],
    ['maxSize with a unit', 'maxSize=500mb', (job) => Number(job.backupSize) <= 500 * 1024 ** 2],
    ['minDuration in hours', 'minDuration=0.5', (job) => Number(job.durationHours) >= 0.5],
    ['maxDuration in hours', 'maxDuration=0.25', (job) => Number(job.durationHours) <= 0.25],
    ['minFailedItems', 'minFailedItems=1', (job) => Number(job.failedRecord) >= 1],
    ['minSkippedItems', 'minSkippedItems=1', (job) => Number(job.skippedRecord) >= 1],
  ])('%s keeps only the jobs it describes, counts them and echoes itself', async (_, refinement, holds) => {
    const body = await jobs(refinement);
    expect(body.jobs.length).toBeGreaterThan(0);
    expect(body.totalCount).toBeLessThan(unrefined.totalCount);
    expect((body.jobs as JobBody[]).every(holds)).toBe(true);
    expect(body.totalCount).toBe((unrefined.jobs as JobBody[]).filter(holds).length);
    expect(body.refine).toBeDefined();
    expect(body.scan).toEqual({ scanned: unrefined.totalCount, complete: true });
  });

  it('orders the whole range with sort= and cuts it with limit=', async () => {
    const body = await jobs('sort=oldest&limit=3');
    expect(body.totalCount).toBe(3);
    const starts = (body.jobs as JobBody[]).map((job) => String(job.startTime));
    expect(starts).toEqual([...starts].sort());
    expect(body.refine).toEqual({ sort: 'oldest', limit: 3 });
  });

  it('echoes the refinement normalised: ids in lower case, types as numbers, sizes in bytes', async () => {
    const body = await jobs(`excludeOrg=${CONTOSO_ID.toUpperCase()}&excludeType=restore&minSize=1.5KB&sort=LARGEST`);
    expect(body.refine).toEqual({ excludeOrganizationIds: [CONTOSO_ID], excludeTypes: [2], minSize: 1536, sort: 'largest' });
  });

  it('links the next page with the refinement, and that page continues the first', async () => {
    const { body: first } = await getJson(`${host.url}/api/jobs?size=5&${DAY}&sort=largest&excludeOrg=${CONTOSO_ID}`);
    const next = new URL(first.nextLink as string);
    expect(next.searchParams.get('sort')).toBe('largest');
    expect(next.searchParams.get('excludeOrg')).toBe(CONTOSO_ID);
    const { body: second } = await getJson(`${host.url}${next.pathname}${next.search}`);
    const { body: both } = await getJson(`${host.url}/api/jobs?size=10&${DAY}&sort=largest&excludeOrg=${CONTOSO_ID}`);
    expect([...first.jobs, ...second.jobs].map((job: JobBody) => job.jobId)).toEqual(both.jobs.map((job: JobBody) => job.jobId));
  });

  it('answers a plain query without refine or scan', async () => {
    expect(unrefined.refine).toBeUndefined();
    expect(unrefined.scan).toBeUndefined();
  });

  it('writes the refined jobs as CSV, in the refined order', async () => {
    const json = await jobs('module=Dataverse&sort=oldest');
    const { status, bytes } = await getBody(`${host.url}/api/jobs.csv?${DAY}&module=Dataverse&sort=oldest`);
    expect(status).toBe(200);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n').slice(1, -1);
    expect(lines).toHaveLength(json.totalCount);
    expect(lines[0]).toContain(json.jobs[0].jobId);
  });

  // The simulator holds about 230 jobs a day: 60 days are past the bound (100 upstream pages a walk).
  const WIDE = `start=${new Date(Date.now() - 60 * 86_400_000).toISOString()}&end=${new Date().toISOString()}`;
  it(`says when the range holds more than the ${REFINE_SCAN_LIMIT} jobs it scans`, async () => {
    const body = await jobs('sort=oldest&limit=1', WIDE);
    expect(body.scan).toEqual({ scanned: REFINE_SCAN_LIMIT, complete: false });
  });

  it('refuses a refined CSV of a range past the bound, naming the range', async () => {
    const csv = await getBody(`${host.url}/api/jobs?format=csv&${WIDE}&sort=oldest`);
    expect(csv.status).toBe(400);
    expect(csv.body.errors).toEqual([{ field: 'start', message: expect.stringContaining('more than 10,000') }]);
  });
});

describe('GET /api/jobs refuses a bad refinement, naming it', () => {
  test.each([
    ['excludeOrg', 'excludeOrg=contoso'],
    ['excludeOrg', `excludeOrg=${CONTOSO_ID},nope`],
    ['excludeType', 'excludeType=all'],
    ['excludeType', 'excludeType=aborted'],
    ['module', `module=${'x'.repeat(101)}`],
    ['minSize', 'minSize=big'],
    ['minSize', 'minSize=-1'],
    ['maxSize', 'maxSize=10PB'],
    ['minSize', 'minSize=10GB&maxSize=1GB'],
    ['minDuration', 'minDuration=an hour'],
    ['maxDuration', 'maxDuration=-2'],
    ['minDuration', 'minDuration=3&maxDuration=1'],
    ['minFailedItems', 'minFailedItems=1.5'],
    ['minSkippedItems', 'minSkippedItems=some'],
    ['sort', 'sort=random'],
    ['limit', 'limit=0'],
    ['limit', `limit=${REFINE_SCAN_LIMIT + 1}`],
    ['sort', 'sort=oldest&sort=newest'],
    ['limit', 'q=failed%20jobs&limit=5'],
  ])('%s: %s', async (field, refinement) => {
    const { status, headers, body } = await getJson(`${host.url}/api/jobs?${refinement}`);
    expect(status).toBe(400);
    expect(headers.get('content-type')).toBe('application/problem+json');
    expect(body.errors.map((issue: { field: string }) => issue.field)).toEqual([field]);
  });

  it('reports a refinement problem beside a filter problem, all at once', async () => {
    const { body } = await getJson(`${host.url}/api/jobs?size=0&minSize=big`);
    expect(body.errors.map((issue: { field: string }) => issue.field)).toEqual(['size', 'minSize']);
  });
});
