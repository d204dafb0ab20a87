import type { Job } from './model';
import { newestFirst } from './mergeNewestFirst';
import type { JobSort, Refinement } from './Refinement';

type Compare = (a: Job, b: Job) => number;
const by =
  (value: (job: Job) => number, direction: 1 | -1): Compare =>
  (a, b) =>
    direction * (value(a) - value(b)) || newestFirst(a, b);

/** Each order, ties broken newest first so that pages are stable. */
const ORDERS: Record<JobSort, Compare> = {
  newest: newestFirst,
  oldest: (a, b) => newestFirst(b, a),
  largest: by((job) => job.backupSize, -1),
  smallest: by((job) => job.backupSize, 1),
  longest: by((job) => job.durationHours, -1),
  shortest: by((job) => job.durationHours, 1),
  mostFailed: by((job) => job.failedRecord, -1),
};

/** Whether a refinement asks for anything (an absent one, `{}` and empty lists ask for nothing). */
export function isRefining(refine: Refinement | undefined): refine is Refinement {
  return Object.values(refine ?? {}).some((value) => value !== undefined && !(Array.isArray(value) && value.length === 0));
}

/** Pure: the jobs that pass every bound of `refine`, in its order (newest first by default), at most `limit` of them. */
export function refineJobs(jobs: readonly Job[], refine: Refinement): Job[] {
  const excludedOrgs = new Set((refine.excludeOrganizationIds ?? []).map((id) => id.toLowerCase()));
  const excludedTypes = new Set<number>(refine.excludeTypes ?? []);
  const modules = new Set((refine.modules ?? []).map((name) => name.trim().toLowerCase()));
  const within = (value: number, min = -Infinity, max = Infinity) => value >= min && value <= max;
  const kept = jobs.filter(
    (job) =>
      !excludedOrgs.has(job.organizationId.toLowerCase()) &&
      !excludedTypes.has(job.type) &&
      (modules.size === 0 || modules.has(job.module.trim().toLowerCase())) &&
      within(job.backupSize, refine.minSize, refine.maxSize) &&
      within(job.durationHours, refine.minDurationHours, refine.maxDurationHours) &&
      within(job.failedRecord, refine.minFailedItems) &&
      within(job.skippedRecord, refine.minSkippedItems),
  );
  return kept.sort(ORDERS[refine.sort ?? 'newest']).slice(0, refine.limit);
}
