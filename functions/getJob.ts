import type { HttpRequest, HttpResponseInit, InvocationContext } from '@azure/functions';
import { ValidationError } from '../shared/errors';
import { JOB_ID_IN_URL } from '../jobs/jobLink';
import type { JobsService } from '../jobs/JobsService';
import { toJobView } from './http/toJobView';
import { errorResponse, problem } from './http/problem';

export interface GetJobDeps {
  jobs: Pick<JobsService, 'getJob'>;
}

/**
 * GET /api/jobs/{jobId}: one job, the same view as a row of GET /api/jobs. It is the job's own URL:
 * what the job card links to, what Teams unfurls when pasted, what a browser opens (with `?code=`).
 */
export function getJobHandler(deps: GetJobDeps) {
  return async (request: HttpRequest, context: InvocationContext): Promise<HttpResponseInit> => {
    try {
      const jobId = request.params.jobId ?? '';
      if (!JOB_ID_IN_URL.test(jobId)) {
        throw new ValidationError([{ field: 'jobId', message: 'must be a job id: 1 to 64 letters, digits or hyphens' }]);
      }
      const job = await deps.jobs.getJob(jobId);
      if (!job) return problem(context, 404, 'No such job', `No job has the id ${jobId}.`);
      return { status: 200, headers: { 'cache-control': 'no-store' }, jsonBody: toJobView(job) };
    } catch (error) {
      return errorResponse(error, context);
    }
  };
}
