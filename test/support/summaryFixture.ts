import type { JobsSummary, OrganizationSummary, StatusCounts } from '../../jobs/JobsSummary';
import { successRateOf, worstRecordOf } from '../../jobs/summaryRates';

export const counts = (failed = 0, finished = 0, finishedWithException = 0, inProgress = 0): StatusCounts => ({
  inProgress,
  finished,
  failed,
  finishedWithException,
});

export function organization(name: string, byStatus: StatusCounts, overrides: Partial<OrganizationSummary> = {}): OrganizationSummary {
  return {
    organizationId: `00000000-0000-4000-8000-${String(name.length).padStart(12, '0')}`,
    organizationName: name,
    byStatus,
    lastSuccessfulBackup: '2026-12-01T10:00:00.000Z',
    hoursSinceSuccessfulBackup: 2,
    stale: false,
    lastFailure: null,
    successRate: successRateOf(byStatus),
    ...overrides,
  };
}

/** A summary of the last 24 hours of backups up to 2026-12-01 12:00 UTC; the day before had the same counts. */
export function summaryOf(organizations: OrganizationSummary[], overrides: Partial<JobsSummary> = {}): JobsSummary {
  const byStatus = organizations.reduce<StatusCounts>(
    (sum, o) => ({
      inProgress: sum.inProgress + o.byStatus.inProgress,
      finished: sum.finished + o.byStatus.finished,
      failed: sum.failed + o.byStatus.failed,
      finishedWithException: sum.finishedWithException + o.byStatus.finishedWithException,
    }),
    counts(),
  );
  return {
    query: { type: 1, startTime: '2026-11-30T12:00:00.000Z', endTime: '2026-12-01T12:00:00.000Z' },
    asOf: '2026-12-01T12:00:00.000Z',
    rpoHours: 24,
    totalCount: byStatus.inProgress + byStatus.finished + byStatus.failed + byStatus.finishedWithException,
    byStatus,
    organizations,
    otherOrganizationsCount: 0,
    successRate: successRateOf(byStatus),
    previous: {
      startTime: '2026-11-29T12:00:00.000Z',
      endTime: '2026-11-30T12:00:00.000Z',
      totalCount: byStatus.inProgress + byStatus.finished + byStatus.failed + byStatus.finishedWithException,
      byStatus,
      successRate: successRateOf(byStatus),
    },
    daily: null,
    timeZone: 'UTC',
    worstRecord: worstRecordOf(organizations),
    ...overrides,
  };
}
