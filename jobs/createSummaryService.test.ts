import { createSummaryService, SUMMARY_CACHE_MS, upstreamCallsPerSummary } from './createSummaryService';
import type { JobSourceFilter } from './JobSource';
import type { Job, JobsPage, Organization } from './model';
import { testJob } from '../test/support/testJob';

const NOW = new Date('2026-12-01T12:00:00.000Z');
const ORGANIZATIONS: Organization[] = [
  { id: '11111111-1111-4111-8111-111111111111', name: 'Contoso' },
  { id: '22222222-2222-4222-8222-222222222222', name: 'Fabrikam' },
];

const job = (i: number, organization: Organization, status: number, startTime: string, finishTime: string | null): Job =>
  testJob({
    module: 'Dataverse',
    jobId: `DCIB2026120100000000000${String(i).padStart(3, '0')}`,
    startTime,
    finishTime,
    durationHours: 1,
    status,
    failedEntity: 0,
    totalEntity: 0,
    failedRecord: 0,
    totalRecord: 0,
    organizationId: organization.id,
    organizationName: organization.name,
  });

/** Contoso: a failure at 10:00 and a success at 09:00; Fabrikam: its last success 40 h ago. Newest first, as AvePoint lists. */
const JOBS: Job[] = [
  job(1, ORGANIZATIONS[0]!, 4, '2026-12-01T10:00:00.000Z', '2026-12-01T10:30:00.000Z'),
  job(2, ORGANIZATIONS[0]!, 3, '2026-12-01T09:00:00.000Z', '2026-12-01T09:45:00.000Z'),
  job(3, ORGANIZATIONS[1]!, 7, '2026-12-01T08:00:00.000Z', '2026-12-01T08:20:00.000Z'),
  job(4, ORGANIZATIONS[1]!, 3, '2026-11-29T19:00:00.000Z', '2026-11-29T20:00:00.000Z'),
];

/** A job source over JOBS that filters like AvePoint and records every call. */
function recordingSource() {
  const calls: JobSourceFilter[] = [];
  const source = {
    async getJobs(filter: JobSourceFilter): Promise<JobsPage> {
      calls.push(filter);
      await Promise.resolve();
      const matching = JOBS.filter(
        (j) =>
          j.startTime >= filter.startTime &&
          j.startTime < filter.endTime &&
          (filter.type === 0 || j.type === filter.type) &&
          (filter.status === undefined || j.status === filter.status) &&
          (filter.organizationId === undefined || j.organizationId === filter.organizationId),
      );
      const from = (filter.pageIndex - 1) * filter.pageSize;
      return {
        totalCount: matching.length,
        pageIndex: filter.pageIndex,
        pageSize: filter.pageSize,
        nextLink: null,
        jobs: matching.slice(from, from + filter.pageSize),
      };
    },
  };
  return { source, calls };
}

const DAY = { type: 0 as const, startTime: '2026-11-30T12:00:00.000Z', endTime: '2026-12-01T12:00:00.000Z' };

describe('the summary service', () => {
  test('counts per status and organisation from one-row pages, with the last success over 30 days', async () => {
    const { source, calls } = recordingSource();
    const service = createSummaryService({ source, organizations: async () => ORGANIZATIONS, now: () => NOW, rpoHours: 24 });
    const summary = await service.summarize(DAY);
    expect(summary.totalCount).toBe(3);
    expect(summary.byStatus).toEqual({ inProgress: 0, finished: 1, failed: 1, finishedWithException: 1 });
    expect(summary.organizations.map((o) => [o.organizationName, o.byStatus.failed, o.lastSuccessfulBackup, o.stale])).toEqual([
      ['Contoso', 1, '2026-12-01T09:45:00.000Z', false],
      ['Fabrikam', 0, '2026-11-29T20:00:00.000Z', true],
    ]);
    expect(summary.organizations[0]!.hoursSinceSuccessfulBackup).toBe(2.3);
    expect(summary.organizations[0]!.lastFailure).toEqual({ jobId: JOBS[0]!.jobId, startTime: JOBS[0]!.startTime });
    expect(calls.every((call) => call.pageSize === 1)).toBe(true);
    expect(calls).toHaveLength(upstreamCallsPerSummary(ORGANIZATIONS.length));
  });

  test('the period before is the same length just before the range, counted the same way', async () => {
    const { source } = recordingSource();
    const service = createSummaryService({ source, organizations: async () => ORGANIZATIONS, now: () => NOW, rpoHours: 24 });
    const summary = await service.summarize(DAY);
    expect(summary.previous).toEqual({
      startTime: '2026-11-29T12:00:00.000Z',
      endTime: DAY.startTime,
      totalCount: 1,
      byStatus: { inProgress: 0, finished: 1, failed: 0, finishedWithException: 0 },
      successRate: 1,
    });
    expect(summary.successRate).toBe(0.333);
    // Finished with exceptions is no success: Fabrikam's one job that ended did not finish cleanly.
    expect(summary.worstRecord).toEqual({
      organizationId: ORGANIZATIONS[1]!.id,
      organizationName: 'Fabrikam',
      successRate: 0,
      failed: 0,
      finishedWithException: 1,
    });
    expect(summary.daily).toBeNull();
  });

  test('a range touching 3 days counts failures and successes per day in the zone, two calls a day', async () => {
    const { source, calls } = recordingSource();
    const service = createSummaryService({ source, organizations: async () => ORGANIZATIONS, now: () => NOW, rpoHours: 24 });
    const range = { type: 0 as const, startTime: '2026-11-29T00:00:00.000Z', endTime: NOW.toISOString() };
    const summary = await service.summarize(range, { timeZone: 'UTC' });
    expect(summary.daily?.map(({ day, failed, finished }) => [day, failed, finished])).toEqual([
      ['2026-11-29', 0, 1],
      ['2026-11-30', 0, 0],
      ['2026-12-01', 1, 1],
    ]);
    expect(calls).toHaveLength(upstreamCallsPerSummary(ORGANIZATIONS.length, 3));
    // In Auckland (UTC+13) the same range touches a fourth day, and costs two calls more.
    const { source: other, calls: more } = recordingSource();
    const auckland = createSummaryService({ source: other, organizations: async () => ORGANIZATIONS, now: () => NOW, rpoHours: 24 });
    expect((await auckland.summarize(range, { timeZone: 'Pacific/Auckland' })).daily).toHaveLength(4);
    expect(more).toHaveLength(upstreamCallsPerSummary(ORGANIZATIONS.length, 4));
  });

  test('one organisation asked for costs the global calls once (shared) plus its last success', async () => {
    const { source, calls } = recordingSource();
    const service = createSummaryService({ source, organizations: async () => ORGANIZATIONS, now: () => NOW, rpoHours: 24 });
    const summary = await service.summarize({ ...DAY, organizationId: ORGANIZATIONS[1]!.id });
    expect(summary.organizations.map((o) => o.organizationName)).toEqual(['Fabrikam']);
    expect(calls).toHaveLength(11);
  });

  test('identical summaries asked at the same time share their upstream calls', async () => {
    const { source, calls } = recordingSource();
    const service = createSummaryService({ source, organizations: async () => ORGANIZATIONS, now: () => NOW, rpoHours: 24 });
    await Promise.all([service.summarize(DAY), service.summarize(DAY), service.summarize({ ...DAY })]);
    expect(calls).toHaveLength(upstreamCallsPerSummary(2));
  });

  test('a summary is reused for one minute of the injected clock, then counted again', async () => {
    const { source, calls } = recordingSource();
    let now = NOW.getTime();
    const service = createSummaryService({ source, organizations: async () => ORGANIZATIONS, now: () => new Date(now), rpoHours: 24 });
    await service.summarize(DAY);
    now += SUMMARY_CACHE_MS - 1;
    await service.summarize(DAY);
    expect(calls).toHaveLength(upstreamCallsPerSummary(2));
    now += 1;
    await service.summarize(DAY);
    expect(calls).toHaveLength(2 * upstreamCallsPerSummary(2));
  });

  test('a failed summary is not reused', async () => {
    const { source, calls } = recordingSource();
    let fail = true;
    const flaky = { getJobs: (filter: JobSourceFilter) => (fail ? Promise.reject(new Error('down')) : source.getJobs(filter)) };
    const service = createSummaryService({ source: flaky, organizations: async () => ORGANIZATIONS, now: () => NOW, rpoHours: 24 });
    await expect(service.summarize(DAY)).rejects.toThrow('down');
    fail = false;
    await expect(service.summarize(DAY)).resolves.toMatchObject({ totalCount: 3 });
    expect(calls.length).toBeGreaterThan(0);
  });

  test('jobs of organisations the directory does not know are counted apart', async () => {
    const { source } = recordingSource();
    const service = createSummaryService({ source, organizations: async () => ORGANIZATIONS.slice(0, 1), now: () => NOW, rpoHours: 24 });
    const summary = await service.summarize(DAY);
    expect(summary.otherOrganizationsCount).toBe(1);
  });
});
