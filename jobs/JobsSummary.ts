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
}

/** A summary covers a query's range, type and organisation; statuses and paging do not apply. */
export const summaryQueryOf = ({ type, startTime, endTime, organizationId }: JobQuery): SummaryQuery => ({
  type,
  startTime,
  endTime,
  ...(organizationId !== undefined && { organizationId }),
});
