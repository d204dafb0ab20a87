import type { OrganizationSummary, StatusCounts, WorstRecord } from './JobsSummary';

/** Finished ÷ jobs that ended (running jobs have no outcome yet), to 3 decimals; null when none ended. */
export function successRateOf(byStatus: StatusCounts): number | null {
  const ended = byStatus.finished + byStatus.finishedWithException + byStatus.failed;
  return ended === 0 ? null : Math.round((byStatus.finished / ended) * 1000) / 1000;
}

/**
 * The organisation with the worst record: the lowest success rate, then the most failures, then by
 * name. None when no organisation has a job that ended other than finished: a ranking of perfect
 * records would single one out for nothing.
 */
export function worstRecordOf(organizations: readonly OrganizationSummary[]): WorstRecord | null {
  const ranked = organizations
    .flatMap((o) => (o.successRate === null || o.successRate === 1 ? [] : [{ o, rate: o.successRate }]))
    .sort(
      (a, b) => a.rate - b.rate || b.o.byStatus.failed - a.o.byStatus.failed || a.o.organizationName.localeCompare(b.o.organizationName),
    );
  const worst = ranked[0];
  return worst
    ? {
        organizationId: worst.o.organizationId,
        organizationName: worst.o.organizationName,
        successRate: worst.rate,
        failed: worst.o.byStatus.failed,
        finishedWithException: worst.o.byStatus.finishedWithException,
      }
    : null;
}
