import { createJobsService } from '../../jobs/createJobsService';
import type { Job, JobQuery } from '../../jobs/model';
import { newestFirst } from '../../jobs/mergeNewestFirst';
import { readListing } from '../../jobs/readListing';
import { CONTOSO_ID, startSimulator, type Simulator } from '../../simulator';
import { clientFor, SIM_NOW } from '../support/avepointClient';

/** The JobsService's refined walk over real HTTP to the simulator: one day holds a few hundred jobs. */
let sim: Simulator;
let client: ReturnType<typeof clientFor>['client'];
beforeAll(async () => {
  sim = await startSimulator({ now: () => SIM_NOW });
  ({ client } = clientFor(sim));
});
afterAll(async () => {
  await client.close();
  await sim.close();
});

const DAY: JobQuery = {
  page: 1,
  pageSize: 10,
  type: 0,
  startTime: new Date(SIM_NOW.getTime() - 86_400_000).toISOString(),
  endTime: SIM_NOW.toISOString(),
  statuses: [],
};
const service = (refineScanLimit?: number) =>
  createJobsService({ client, organizations: async () => [], now: () => SIM_NOW, ...(refineScanLimit && { refineScanLimit }) });
/** Every job of the day, read without the service, to compare against. */
const everything = async (query: Partial<JobQuery> = {}, status?: number): Promise<Job[]> =>
  (await readListing(client, { type: 0, startTime: DAY.startTime, endTime: DAY.endTime, ...query, ...(status && { status }) }, 10_000))
    .jobs;
const ids = (jobs: Job[]) => jobs.map((job) => job.jobId);
const apiCalls = async <T>(run: () => Promise<T>) => {
  const before = sim.stats.apiRequests;
  const result = await run();
  return { result, calls: sim.stats.apiRequests - before };
};

describe('a refined query through the JobsService', () => {
  it('leaves an organisation out of the whole range, counting what is left, and says the scan was complete', async () => {
    const all = await everything();
    const page = await service().getJobs({ ...DAY, refine: { excludeOrganizationIds: [CONTOSO_ID] } });
    const rest = all.filter((job) => job.organizationId !== CONTOSO_ID);
    expect(all.length - rest.length).toBeGreaterThan(0);
    expect(page.totalCount).toBe(rest.length);
    expect(ids(page.jobs)).toEqual(ids(rest.slice(0, 10)));
    expect(page.refined).toEqual({ scanned: all.length, complete: true });
  });

  it('orders the whole range before paging: page 2 of "oldest first" continues page 1', async () => {
    const all = await everything();
    const oldest = [...all].sort((a, b) => newestFirst(b, a));
    const [first, second] = await Promise.all(
      [1, 2].map((page) => service().getJobs({ ...DAY, page, pageSize: 7, refine: { sort: 'oldest' } })),
    );
    expect(ids([...first!.jobs, ...second!.jobs])).toEqual(ids(oldest.slice(0, 14)));
    expect(first!.totalCount).toBe(all.length);
  });

  it('cuts to the limit across pages ("top 12")', async () => {
    const page = await service().getJobs({ ...DAY, page: 2, pageSize: 10, refine: { sort: 'largest', limit: 12 } });
    expect(page.totalCount).toBe(12);
    expect(page.jobs).toHaveLength(2);
    const all = await everything();
    const sizes = all.map((job) => job.backupSize).sort((a, b) => b - a);
    expect(page.jobs.map((job) => job.backupSize)).toEqual(sizes.slice(10, 12));
  });

  it('filters by module, size and duration, which AvePoint cannot', async () => {
    const refine = { modules: ['customer engagement'], minSize: 1, minDurationHours: 0.1 };
    const page = await service().getJobs({ ...DAY, pageSize: 100, refine });
    const all = await everything();
    const expected = all.filter((job) => job.module === 'Customer Engagement' && job.backupSize >= 1 && job.durationHours >= 0.1);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(all.length);
    expect(page.totalCount).toBe(expected.length);
  });

  it('merges several statuses as the service does, then refines the union', async () => {
    const [failed, exception] = await Promise.all([everything({}, 4), everything({}, 7)]);
    const page = await service().getJobs({ ...DAY, statuses: [4, 7], pageSize: 100, refine: { sort: 'mostFailed' } });
    expect(page.totalCount).toBe(failed.length + exception.length);
    const failedItems = page.jobs.map((job) => job.failedRecord);
    expect(failedItems).toEqual([...failedItems].sort((a, b) => b - a));
    expect(new Set(page.jobs.map((job) => job.status))).toEqual(new Set([4, 7]));
  });

  it('stops at the scan bound, reading no further, refines the newest jobs it read and says it is incomplete', async () => {
    const all = await everything();
    expect(all.length).toBeGreaterThan(150);
    const { result: page, calls } = await apiCalls(() => service(150).getJobs({ ...DAY, pageSize: 1, refine: { sort: 'oldest' } }));
    expect(calls).toBe(2); // two pages of 100 hold the first 150
    expect(page.refined).toEqual({ scanned: 150, complete: false });
    expect(page.totalCount).toBe(150);
    expect(page.jobs[0]!.jobId).toBe(all[149]!.jobId);
  });

  it('says complete when the range holds exactly the bound', async () => {
    const all = await everything({ organizationId: CONTOSO_ID });
    const page = await service(all.length).getJobs({ ...DAY, organizationId: CONTOSO_ID, refine: { sort: 'oldest' } });
    expect(page.refined).toEqual({ scanned: all.length, complete: true });
  });

  it('without a refinement, asks upstream for the one page exactly as before', async () => {
    const { result: page, calls } = await apiCalls(() => service(150).getJobs({ ...DAY, refine: {} }));
    expect(calls).toBe(1);
    expect(page.refined).toBeUndefined();
  });
});
