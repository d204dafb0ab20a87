import type { HttpRequest, HttpResponseInit, InvocationContext } from '@azure/functions';
import type { JobsService } from '../jobs/JobsService';
import { answerQuestion } from '../jobs/answerQuestion';
import type { SummaryService } from '../jobs/createSummaryService';
import { FORMAT_PARAMETER } from './http/queryParameters';
import type { Understand } from '../reader/types';
import { CSV_MAX_JOBS, jobsCsv } from './jobsCsv';
import { jobsFormat, readCsvRequest } from './http/jobsFormat';
import { jobsResponse } from './http/jobsResponse';
import { errorResponse } from './http/problem';
import { readJobsRequest } from './http/readJobsRequest';
import { interpretationOf } from './http/readSentenceParams';

export interface ListJobsDeps {
  jobs: Pick<JobsService, 'getJobs' | 'organizations'>;
  summaries: SummaryService;
  understand: Understand;
  now: () => Date;
  publicBaseUrl: string;
}

/**
 * GET /api/jobs: a page of the jobs the query parameters or the sentence `q` ask for (readJobsRequest.ts); a
 * question in `q` is answered beside its jobs (`answer`).
 * A `q` that is not a query for jobs (help, greeting, next, a job id) is a 400: paging and help belong to
 * conversations, and the nextLink of every answer already pages. `Accept: text/csv` or `format=csv` still
 * answer the whole range (or its newest `size` jobs) as CSV for callers written before GET /api/jobs.csv (listJobsCsv.ts), which the
 * API documents instead: one media type per operation is what Copilot and message extensions take.
 */
export function listJobsHandler(deps: ListJobsDeps) {
  return async (request: HttpRequest, context: InvocationContext): Promise<HttpResponseInit> => {
    try {
      const given = new URL(request.url).searchParams;
      const csv = jobsFormat(given, request.headers.get('accept')) === 'csv';
      const { params, limit } = csv ? readCsvRequest(given, CSV_MAX_JOBS) : { params: given, limit: undefined };
      const { query, understanding, rangeField } = await readJobsRequest(params, deps, [FORMAT_PARAMETER]);
      if (csv) return await jobsCsv(deps.jobs, query, rangeField, limit);
      const [page, answered] = await Promise.all([
        deps.jobs.getJobs(query),
        // A question ("were there failures?", "when was the last good backup?") is answered beside its jobs.
        understanding?.intent === 'summary' ? answerQuestion(understanding, deps) : undefined,
      ]);
      const body = jobsResponse(page, query, deps.publicBaseUrl);
      if (!understanding) return { status: 200, jsonBody: body };
      return {
        status: 200,
        jsonBody: { ...body, ...(answered && { answer: answered.answer }), interpretation: interpretationOf(understanding) },
      };
    } catch (error) {
      return errorResponse(error, context);
    }
  };
}
