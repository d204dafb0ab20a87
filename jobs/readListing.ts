import type { JobSource, JobSourceFilter } from './JobSource';
import type { Job } from './model';

/** The most one upstream call is asked for (the API's page size limit). */
export const UPSTREAM_PAGE_SIZE = 100;

/**
 * Reads the first `limit` jobs of one upstream listing, 100 per call, stopping early at the end
 * or once `stop` says enough. Returns the jobs read and the listing's totalCount.
 */
export function readListing(
  client: JobSource,
  filter: Omit<JobSourceFilter, 'pageIndex' | 'pageSize'>,
  limit: number,
  options: { signal?: AbortSignal; stop?: (jobs: Job[]) => boolean } = {},
): Promise<{ jobs: Job[]; totalCount: number }> {
  return readPages(
    (pageIndex, pageSize) => client.getJobs({ ...filter, pageIndex, pageSize }, { signal: options.signal }),
    limit,
    options.stop,
  );
}

/** The paging of readListing over any reader of numbered pages (1-based). */
export async function readPages(
  readPage: (pageIndex: number, pageSize: number) => Promise<{ jobs: Job[]; totalCount: number }>,
  limit: number,
  stop?: (jobs: Job[]) => boolean,
): Promise<{ jobs: Job[]; totalCount: number }> {
  const jobs: Job[] = [];
  let totalCount = 0;
  const pageSize = Math.min(limit, UPSTREAM_PAGE_SIZE);
  for (let pageIndex = 1; jobs.length < limit; pageIndex += 1) {
    const page = await readPage(pageIndex, pageSize);
    totalCount = page.totalCount;
    jobs.push(...page.jobs);
    if (page.jobs.length < pageSize || jobs.length >= totalCount || stop?.(page.jobs)) break;
  }
  return { jobs: jobs.slice(0, limit), totalCount };
}
