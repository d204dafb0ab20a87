import type { JobStatusValue, JobTypeValue } from './enums';
import type { JobSourceFilter } from './JobSource';
import type { Refinement } from './Refinement';

/**
 * One query for jobs, normalised: every default applied, times as ISO 8601 UTC strings.
 * Produced by request validation and by sentence understanding; consumed by JobsService.
 */
export interface JobQuery {
  /** 1-based page number. */
  page: number;
  /** 1..100 (the bot caps lower). */
  pageSize: number;
  type: JobTypeValue;
  /** ISO 8601 UTC, inclusive. */
  startTime: string;
  /** ISO 8601 UTC, exclusive upper bound in practice (AvePoint's finishTime). */
  endTime: string;
  /** Empty = any status. More than one (e.g. "problems" = failed + finished with exception) means one upstream query per status, merged. */
  statuses: JobStatusValue[];
  organizationId?: string;
  /** Module type; values undocumented by AvePoint, passed through. */
  objectType?: number;
  /** What AvePoint cannot filter or sort on, refined by the facade over a bounded walk; absent: none. */
  refine?: Refinement;
}

/** The seed's JobFilterModel shape, as sent upstream and echoed back as `filter`. */
export interface JobFilterModel {
  pageInfo: { currentPage: number; pageSize: number };
  type: number;
  startTime: string;
  endTime: string;
  /** One status; an array only when the query merged several. */
  status?: number | number[];
  organizationId?: string;
  objectType?: number;
}

/** One job exactly as AvePoint's Graph API returns it. */
export interface Job {
  module: string;
  type: number;
  jobId: string;
  startTime: string;
  finishTime: string | null;
  durationHours: number;
  status: number;
  successfulEntity: number;
  failedEntity: number;
  skippedEntity: number;
  warningEntity: number;
  totalEntity: number;
  successfulRecord: number;
  failedRecord: number;
  skippedRecord: number;
  warningRecord: number;
  totalRecord: number;
  backupSize: number;
  organizationId: string;
  organizationName: string;
}

/** One page of jobs as AvePoint's Graph API returns it. */
export interface JobsPage {
  totalCount: number;
  pageIndex: number;
  pageSize: number;
  nextLink: string | null;
  jobs: Job[];
  /** Only on a refined query (JobQuery.refine): how many jobs of the range were scanned, and whether that was all of them. */
  refined?: RefinedScan;
}

/** A refinement's walk: `complete` is false when the range held more than the scan bound (REFINE_SCAN_LIMIT). */
export interface RefinedScan {
  scanned: number;
  complete: boolean;
}

export interface Organization {
  id: string;
  name: string;
}

/** Converts a normalised query to the seed's JobFilterModel shape (the `filter` echoed to callers). */
export function toJobFilterModel(query: JobQuery): JobFilterModel {
  const status = query.statuses.length === 1 ? query.statuses[0] : query.statuses.length > 1 ? [...query.statuses] : undefined;
  return filterModel({ ...query, pageIndex: query.page, status });
}

/** The JobFilterModel of one upstream request: the body of AvePoint's legacy GetJobs. */
export function toUpstreamFilterModel(filter: JobSourceFilter): JobFilterModel {
  return filterModel(filter);
}

function filterModel(f: Omit<JobSourceFilter, 'status'> & { status?: number | number[] }): JobFilterModel {
  const model: JobFilterModel = {
    pageInfo: { currentPage: f.pageIndex, pageSize: f.pageSize },
    type: f.type,
    startTime: f.startTime,
    endTime: f.endTime,
  };
  if (f.status !== undefined) model.status = f.status;
  if (f.organizationId !== undefined) model.organizationId = f.organizationId;
  if (f.objectType !== undefined) model.objectType = f.objectType;
  return model;
}
