import type { JobTypeValue } from './enums';

/** Orders a refined list can take; the service's own order is newest first. */
export const JOB_SORTS = ['newest', 'oldest', 'largest', 'smallest', 'longest', 'shortest', 'mostFailed'] as const;
export type JobSort = (typeof JOB_SORTS)[number];

/**
 * What AvePoint cannot filter or sort on, applied by the facade over a bounded walk of the
 * upstream pages (REFINE_SCAN_LIMIT jobs): "excluding Contoso", "all except restores",
 * "Customer Engagement", "bigger than 10 GB", "took longer than an hour", "oldest first", "top 5".
 * Every field is optional; an empty refinement is no refinement.
 */
export interface Refinement {
  /** Jobs of these organisations are left out. */
  excludeOrganizationIds?: string[];
  /** Jobs of these types are left out (AvePoint filters one type or all). */
  excludeTypes?: JobTypeValue[];
  /** Module names (job.module), matched case-insensitively; any of them. */
  modules?: string[];
  /** job.backupSize in bytes, inclusive bounds. */
  minSize?: number;
  maxSize?: number;
  /** job.durationHours, inclusive bounds. */
  minDurationHours?: number;
  maxDurationHours?: number;
  /** At least this many failed records (job.failedRecord) / skipped records (job.skippedRecord). */
  minFailedItems?: number;
  minSkippedItems?: number;
  /** Order of the whole refined list before paging; absent: newest first. */
  sort?: JobSort;
  /** At most this many jobs in all ("top 5", "the last 3"), across pages. */
  limit?: number;
}
