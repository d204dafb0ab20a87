import type { JobsService } from '../jobs/JobsService';
import type { Job, JobQuery } from '../jobs/model';

/** One upstream call is asked for this many jobs (the API's page size limit). */
const PAGE_SIZE = 100;
/** A run reads at most this many jobs of one listing (ten upstream calls); more would be a flood, not an alert. */
export const LISTING_LIMIT = 1000;

/** Every job of one single-status listing in [start, end), 100 per upstream call; counts the calls. */
export async function readWindow(
  jobs: Pick<JobsService, 'getJobs'>,
  query: Omit<JobQuery, 'page' | 'pageSize'>,
  counter: { calls: number },
): Promise<Job[]> {
  const read: Job[] = [];
  for (let page = 1; read.length < LISTING_LIMIT; page += 1) {
    counter.calls += 1;
    const result = await jobs.getJobs({ ...query, page, pageSize: PAGE_SIZE });
    read.push(...result.jobs);
    if (result.jobs.length < PAGE_SIZE || read.length >= result.totalCount) break;
  }
  return read;
}
