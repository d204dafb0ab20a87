import type { JobSource } from './JobSource';
import { newestFirst } from './mergeNewestFirst';
import type { JobQuery, JobsPage } from './model';
import { readListing } from './readListing';
import type { Refinement } from './Refinement';
import { refineJobs } from './refineJobs';
import { upstreamFilter } from './upstreamFilter';

/**
 * One page of a refined query: the newest `bound` jobs of the range (each status read up to `bound`,
 * in parallel, merged newest first as the service merges statuses), refined, then paged here with
 * totalCount = the refined count. Every page walks the range again: nothing is kept between requests.
 */
export async function readRefinedPage(
  client: JobSource,
  query: JobQuery & { refine: Refinement },
  bound: number,
  options?: { signal?: AbortSignal },
): Promise<JobsPage> {
  const statuses = query.statuses.length > 0 ? query.statuses : [undefined];
  const listings = await Promise.all(statuses.map((status) => readListing(client, upstreamFilter(query, status), bound, options)));
  // Jobs that start during the walk shift later upstream pages by a few rows: each job counts once.
  const seen = new Set<string>();
  const merged = listings
    .flatMap((listing) => listing.jobs)
    .filter((job) => !seen.has(job.jobId) && seen.add(job.jobId))
    .sort(newestFirst);
  const complete = merged.length <= bound && listings.every((listing) => listing.jobs.length >= listing.totalCount);
  const scanned = merged.slice(0, bound);
  const refined = refineJobs(scanned, query.refine);
  const from = (query.page - 1) * query.pageSize;
  return {
    totalCount: refined.length,
    pageIndex: query.page,
    pageSize: query.pageSize,
    nextLink: null,
    jobs: refined.slice(from, from + query.pageSize),
    refined: { scanned: scanned.length, complete },
  };
}
