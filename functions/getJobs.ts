import type { HttpRequest, HttpResponseInit, InvocationContext } from '@azure/functions';
import type { JobsService } from '../jobs/JobsService';
import { parseJobFilter } from '../jobs/parseJobFilter';
import { jobsResponse } from './jobsResponse';
import { errorResponse } from './problem';
import { readJsonBody } from './readJsonBody';

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
