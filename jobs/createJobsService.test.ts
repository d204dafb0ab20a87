import type { JobSource, JobSourceFilter } from './JobSource';
import { createJobsService } from './createJobsService';
import { jobIdStartTime } from './jobIdStartTime';
import type { Job, JobQuery } from './model';
import { testJob } from '../test/support/testJob';

/** A fake upstream over a fixed list, filtering and paging like the real API; it records every call. */
function fakeClient(jobs: Job[]) {
  const calls: JobSourceFilter[] = [];
  const client: JobSource = {
    async getJobs(filter) {
      calls.push(filter);
      const matching = jobs
        .filter((j) => filter.status === undefined || j.status === filter.status)
        .filter((j) => j.startTime >= filter.startTime && j.startTime < filter.endTime)
        .sort((a, b) => b.startTime.localeCompare(a.startTime));
      const from = (filter.pageIndex - 1) * filter.pageSize;
      return {
        totalCount: matching.length,
        pageIndex: filter.pageIndex,
        pageSize: filter.pageSize,
        nextLink: 'upstream',
        jobs: matching.slice(from, from + filter.pageSize),
      };
    },
  };
  return { client, calls };
}

const job = (i: number, status: number): Job => {
  const start = new Date(Date.UTC(2026, 10, 27, 0, 0, 0) - i * 60_000);
  const stamp = start.toISOString().replace(/\D/g, '').slice(0, 14);
  return testJob({
    module: 'Dataverse',
    jobId: `DCIB${stamp}${String(i).padStart(8, '0')}`,
    startTime: start.toISOString(),
    finishTime: null,
    durationHours: 0,
    status,
    failedEntity: 0,
    totalEntity: 0,
    failedRecord: 0,
    totalRecord: 0,
    organizationId: '00000000-0000-4000-8000-000000000001',
  });
};
// 300 jobs, a minute apart, statuses interleaved unevenly.
const JOBS = Array.from({ length: 300 }, (_, i) => job(i, i % 3 === 0 ? 4 : i % 5 === 0 ? 7 : 3));
const query = (over: Partial<JobQuery>): JobQuery => ({
  page: 1,
  pageSize: 10,
  type: 0,
  startTime: '2026-11-20T00:00:00.000Z',
  endTime: '2026-11-28T00:00:00.000Z',
  statuses: [],
  ...over,
});
const service = (jobs = JOBS) => {
  const fake = fakeClient(jobs);
  return {
    ...fake,
    jobs: createJobsService({ client: fake.client, organizations: async () => [], now: () => new Date('2026-11-28T00:00:00Z') }),
  };
};

describe('createJobsService', () => {
  it('asks once for one status and leaves nextLink to the facade', async () => {
    const { jobs, calls } = service();
    const page = await jobs.getJobs(query({ statuses: [4], page: 2 }));
    expect(calls).toEqual([expect.objectContaining({ status: 4, pageIndex: 2, pageSize: 10, endTime: '2026-11-28T00:00:00.000Z' })]);
    expect(page.nextLink).toBeNull();
  });

  it.each([
    [1, 10],
    [3, 7],
    [5, 100],
    [10, 100],
  ])('merges several statuses into the right page %i of size %i', async (page, pageSize) => {
    const { jobs, calls } = service();
    const result = await jobs.getJobs(query({ statuses: [4, 7], page, pageSize }));
    const expected = JOBS.filter((j) => j.status === 4 || j.status === 7);
    expect(result.totalCount).toBe(expected.length);
    expect(result.jobs.map((j) => j.jobId)).toEqual(expected.slice((page - 1) * pageSize, page * pageSize).map((j) => j.jobId));
    expect(calls.every((c) => c.pageSize <= 100)).toBe(true);
  });

  it('finds a job by the start time in its id, asking only for a narrow window', async () => {
    const { jobs, calls } = service();
    const wanted = JOBS[150]!;
    expect(await jobs.getJob(wanted.jobId)).toEqual(wanted);
    const started = jobIdStartTime(wanted.jobId)!.getTime();
    for (const call of calls) {
      expect(Date.parse(call.startTime)).toBeGreaterThanOrEqual(started - 3_600_000);
      expect(Date.parse(call.endTime)).toBeLessThanOrEqual(started + 3_600_000);
    }
  });

  it("scans the last 7 days for an id without AvePoint's layout", async () => {
    const odd = { ...JOBS[5]!, jobId: 'custom-id' };
    const { jobs } = service([odd, ...JOBS]);
    expect(await jobs.getJob('custom-id')).toEqual(odd);
    expect(await jobs.getJob('missing')).toBeUndefined();
  });
});

describe('jobIdStartTime', () => {
  it.each([
    ['DCIB2022081903124382222110', '2022-08-19T03:12:43.000Z'],
    ['dcir2026112800000012345678', '2026-11-28T00:00:00.000Z'],
    ['DCIB2022023003124382222110', undefined],
    ['DCIB20220819031243', undefined],
    ['not a job id', undefined],
  ])('%s → %s', (id, iso) => {
    expect(jobIdStartTime(id)?.toISOString()).toBe(iso);
  });
});
