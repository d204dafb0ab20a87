import type { JobsService } from '../jobs/JobsService';
import type { Job, JobQuery } from '../jobs/model';
import { readPages } from '../jobs/readListing';

/** A run reads at most this many jobs of one listing (ten upstream calls); more would be a flood, not an alert. */
export const LISTING_LIMIT = 1000;

/** Every job of one single-status listing in [start, end), 100 per upstream call; counts the calls. */
export async function readWindow(
  jobs: Pick<JobsService, 'getJobs'>,
  query: Omit<JobQuery, 'page' | 'pageSize'>,
  counter: { calls: number },
): Promise<Job[]> {
  const read = await readPages((page, pageSize) => {
    counter.calls += 1;
    return jobs.getJobs({ ...query, page, pageSize });
  }, LISTING_LIMIT);
  return read.jobs;
}
