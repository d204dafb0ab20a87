import { JobType } from './enums';
import type { JobSource } from './JobSource';
import { jobIdStartTime } from './jobIdStartTime';
import type { JobsService } from './JobsService';
import { mergeNewestFirst } from './mergeNewestFirst';
import type { Job, JobsPage, Organization } from './model';
import { DEFAULT_RANGE_MS, MERGED_RESULT_LIMIT, REFINE_SCAN_LIMIT } from './limits';
import { readListing } from './readListing';
import { readRefinedPage } from './readRefinedPage';
import { isRefining } from './refineJobs';
import { HOUR_MS } from './time';
import { upstreamFilter } from './upstreamFilter';

/** A job id's timestamp is its start; the upstream filters by start time, so an hour either side is ample. */
const JOB_ID_WINDOW_MS = HOUR_MS;
/** Without a parseable id, the last 7 days are scanned, up to this many jobs. */
const JOB_SCAN_LIMIT = 2000;

export interface JobsServiceDeps {
  client: JobSource;
  /** Where organisation names come from (the Table Storage directory, cached). */
  organizations: (options?: { signal?: AbortSignal }) => Promise<Organization[]>;
  now: () => Date;
  /** How many jobs of the range a refined query scans at most; REFINE_SCAN_LIMIT unless a test needs a small one. */
  refineScanLimit?: number;
}

/**
 * JobsService over a job source (the AvePoint client in the app). One status (or none): one upstream call for the page.
 * Several: the first page × pageSize jobs of each status (at most MERGED_RESULT_LIMIT each,
 * 100 per call), merged newest first, with the summed totalCount. A refined query (JobQuery.refine):
 * readRefinedPage. `nextLink` is left to the caller.
 */
export function createJobsService(deps: JobsServiceDeps): JobsService {
  const { client } = deps;
  return {
    async getJobs(query, options) {
      const { refine } = query;
      if (isRefining(refine)) return readRefinedPage(client, { ...query, refine }, deps.refineScanLimit ?? REFINE_SCAN_LIMIT, options);
      if (query.statuses.length <= 1) {
        const page = await client.getJobs(
          { ...upstreamFilter(query, query.statuses[0]), pageIndex: query.page, pageSize: query.pageSize },
          options,
        );
        return { ...page, nextLink: null };
      }
      const needed = Math.min(query.page * query.pageSize, MERGED_RESULT_LIMIT);
      const listings = await Promise.all(
        query.statuses.map((status) => readListing(client, upstreamFilter(query, status), needed, options)),
      );
      const page: JobsPage = {
        totalCount: listings.reduce((sum, l) => sum + l.totalCount, 0),
        pageIndex: query.page,
        pageSize: query.pageSize,
        nextLink: null,
        jobs: mergeNewestFirst(
          listings.map((l) => l.jobs),
          query.page,
          query.pageSize,
        ),
      };
      return page;
    },

    async getJob(jobId, options) {
      const started = jobIdStartTime(jobId);
      const end = started ? new Date(started.getTime() + JOB_ID_WINDOW_MS) : deps.now();
      const start = started ? new Date(started.getTime() - JOB_ID_WINDOW_MS) : new Date(end.getTime() - DEFAULT_RANGE_MS);
      const matches = (job: Job) => job.jobId.toLowerCase() === jobId.trim().toLowerCase();
      const { jobs } = await readListing(
        client,
        { type: JobType.all, startTime: start.toISOString(), endTime: end.toISOString() },
        JOB_SCAN_LIMIT,
        {
          ...options,
          stop: (page) => page.some(matches),
        },
      );
      return jobs.find(matches);
    },

    organizations: (options) => deps.organizations(options),
  };
}
