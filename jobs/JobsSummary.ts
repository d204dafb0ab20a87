import type { JobStatusName, JobTypeValue } from './enums';
import type { JobQuery } from './model';

/** Jobs counted per status over a whole range (not one page). */
export type StatusCounts = Record<JobStatusName, number>;

/** What a summary covers: a range and optionally a type and one organisation; statuses and paging do not apply. */
export interface SummaryQuery {
  type: JobTypeValue;
  /** ISO 8601 UTC. */
  startTime: string;
  endTime: string;
  organizationId?: string;
}

export interface OrganizationSummary {
  organizationId: string;
  organizationName: string;
  byStatus: StatusCounts;
  /** finishTime of the newest backup job (type 1) that finished (status 3), looked up over the last 30 days whatever the range. */
  lastSuccessfulBackup: string | null;
  hoursSinceSuccessfulBackup: number | null;
  /** No successful backup within the RPO. */
  stale: boolean;
  /** The newest failed job in the range. */
  lastFailure: { jobId: string; startTime: string } | null;
  /** See JobsSummary.successRate. */
  successRate: number | null;
}

/** Failures and successes of one calendar day of the range (in the zone asked in), for the trend chart. */
export interface DayCounts {
  /** yyyy-MM-dd. */
  day: string;
  startTime: string;
  endTime: string;
  failed: number;
  finished: number;
}

/** The same length of time just before the range, counted the same way: what "more" or "fewer" compares with. */
export interface PreviousPeriod {
  startTime: string;
  endTime: string;
  totalCount: number;
  byStatus: StatusCounts;
  successRate: number | null;
}

/** The organisation with the lowest success rate (then the most failures); none when every job that ended finished. */
export interface WorstRecord {
  organizationId: string;
  organizationName: string;
  successRate: number;
  failed: number;
  finishedWithException: number;
}

/** How one range went: the totals, then each organisation with its last successful backup. */
export interface JobsSummary {
  query: SummaryQuery;
  /** When the counts were taken (ISO 8601 UTC). */
  asOf: string;
  rpoHours: number;
  /** Every job in the range, whatever its status. */
  totalCount: number;
  byStatus: StatusCounts;
  /** Known organisations (the directory), or the one asked for, by name. */
  organizations: OrganizationSummary[];
  /** Jobs in the range of organisations the directory does not know yet (0 when every job is accounted for). */
  otherOrganizationsCount: number;
  /** Finished ÷ jobs that ended (finished, finished with exceptions, failed), 0–1 to 3 decimals; null when none ended. */
  successRate: number | null;
  previous: PreviousPeriod;
  /** Per calendar day, for ranges touching 3 to 31 days; null otherwise (each day costs two upstream calls). */
  daily: DayCounts[] | null;
  /** The IANA zone the days are counted in. */
  timeZone: string;
  worstRecord: WorstRecord | null;
}

/** A summary covers a query's range, type and organisation; statuses and paging do not apply. */
export const summaryQueryOf = ({ type, startTime, endTime, organizationId }: JobQuery): SummaryQuery => ({
  type,
  startTime,
  endTime,
  ...(organizationId !== undefined && { organizationId }),
});
