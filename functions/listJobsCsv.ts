import type { HttpRequest, HttpResponseInit, InvocationContext } from '@azure/functions';
import type { JobsService } from '../jobs/JobsService';
import type { Understand } from '../reader/types';
import { CSV_MAX_JOBS, jobsCsv } from './jobsCsv';
import { readCsvRequest } from './http/jobsFormat';
import { errorResponse } from './http/problem';
import { readJobsRequest } from './http/readJobsRequest';

export interface ListJobsCsvDeps {
  jobs: Pick<JobsService, 'getJobs' | 'organizations'>;
  understand: Understand;
  now: () => Date;
}

/** GET /api/jobs.csv: the whole range of the same query as GET /api/jobs (or its newest `size` jobs), as one CSV file (jobsCsv.ts). */
export function listJobsCsvHandler(deps: ListJobsCsvDeps) {
  return async (request: HttpRequest, context: InvocationContext): Promise<HttpResponseInit> => {
    try {
      const { params, limit } = readCsvRequest(new URL(request.url).searchParams, CSV_MAX_JOBS);
      const { query, rangeField } = await readJobsRequest(params, deps, []);
      return await jobsCsv(deps.jobs, query, rangeField, limit);
    } catch (error) {
      return errorResponse(error, context);
    }
  };
}
