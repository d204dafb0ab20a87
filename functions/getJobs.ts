import type { HttpRequest, HttpResponseInit, InvocationContext } from '@azure/functions';
import type { JobsService } from '../jobs/JobsService';
import { parseJobFilter } from './http/parseJobFilter';
import { jobsResponse } from './http/jobsResponse';
import { errorResponse } from './http/problem';
import { readJsonBody } from './http/readJsonBody';

/** POST /api/OpenApi/GetJobs: the seed's contract, a JobFilterModel body in, a page of jobs out. */
export function getJobsHandler(deps: { jobs: Pick<JobsService, 'getJobs'>; now: () => Date; publicBaseUrl: string }) {
  return async (request: HttpRequest, context: InvocationContext): Promise<HttpResponseInit> => {
    try {
      const query = parseJobFilter(await readJsonBody(request), deps.now());
      const page = await deps.jobs.getJobs(query);
      return { status: 200, jsonBody: jobsResponse(page, query, deps.publicBaseUrl) };
    } catch (error) {
      return errorResponse(error, context);
    }
  };
}
