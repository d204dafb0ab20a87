import type { Job } from './model';

/** Orders jobs by start time, newest first; ties by job id so that pages are stable. */
export const newestFirst = (a: Job, b: Job): number =>
  Date.parse(b.startTime) - Date.parse(a.startTime) || (a.jobId < b.jobId ? 1 : a.jobId > b.jobId ? -1 : 0);

/** One page of the union of several newest-first listings (each already holding at least page × pageSize jobs, or all it has). */
export function mergeNewestFirst(listings: Job[][], page: number, pageSize: number): Job[] {
  const from = (page - 1) * pageSize;
  return listings
    .flat()
    .sort(newestFirst)
    .slice(from, from + pageSize);
}
