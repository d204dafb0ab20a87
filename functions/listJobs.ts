import type { HttpRequest, HttpResponseInit, InvocationContext } from '@azure/functions';
import type { JobsService } from '../jobs/JobsService';
import { answerQuestion } from '../jobs/answerQuestion';
import type { SummaryService } from '../jobs/createSummaryService';
import { MAX_PAGE_SIZE } from '../jobs/limits';
import { parseJobsQueryString } from '../jobs/parseJobsQueryString';
import {
  checkParameters,
  FILTER_PARAMETERS,
  FORMAT_PARAMETER,
  REFINE_PARAMETERS,
  SENTENCE_PARAMETERS,
  STATUS_PARAMETER,
} from '../jobs/queryParameters';
import type { Understand } from '../reader/types';
import { jobsCsv } from './jobsCsv';
import { jobsFormat, refusePaging } from './jobsFormat';
import { jobsResponse } from './jobsResponse';
import { errorResponse } from './problem';
import { interpretationOf, readSentenceParams, readZoneAndLocale } from './readSentenceParams';

const ALL_FILTERS = Object.keys(FILTER_PARAMETERS) as (keyof typeof FILTER_PARAMETERS)[];

export interface ListJobsDeps {
  jobs: Pick<JobsService, 'getJobs' | 'organizations'>;
  summaries: SummaryService;
  understand: Understand;
  now: () => Date;
  publicBaseUrl: string;
}

/**
 * GET /api/jobs: the filter as query parameters (with refinements such as `excludeOrg`, `minSize`, `sort`), or `q=<sentence>&tz=<IANA zone>[&locale=…]` read
 * like the bot reads it (filter parameters beside `q` are refused: the sentence is the filter). A
 * question is answered beside its jobs (`answer`). A `q` with words that cannot be used, or that is not
 * about jobs (help, greeting, next, a job id), is a 400: paging and help belong to conversations, and the
 * nextLink of every answer already pages. `Accept: text/csv` or `format=csv`: the whole range as CSV (jobsCsv.ts).
 */
export function listJobsHandler(deps: ListJobsDeps) {
  const sentenceDeps = { understand: deps.understand, organizations: () => deps.jobs.organizations(), now: deps.now };
  return async (request: HttpRequest, context: InvocationContext): Promise<HttpResponseInit> => {
    try {
      const params = new URL(request.url).searchParams;
      const csv = jobsFormat(params, request.headers.get('accept')) === 'csv';
      if (csv) refusePaging(params);
      if (!params.has('q')) {
        checkParameters(params, ALL_FILTERS, [
          STATUS_PARAMETER,
          ...Object.values(REFINE_PARAMETERS),
          ...SENTENCE_PARAMETERS,
          FORMAT_PARAMETER,
        ]);
        readZoneAndLocale(params);
        const query = parseJobsQueryString(params, deps.now());
        if (csv) return await jobsCsv(deps.jobs, query, FILTER_PARAMETERS.start[0]!);
        return { status: 200, jsonBody: jobsResponse(await deps.jobs.getJobs(query), query, deps.publicBaseUrl) };
      }
      checkParameters(params, [], [...SENTENCE_PARAMETERS, FORMAT_PARAMETER]);
      const understanding = await readSentenceParams(params, ['query', 'summary'], sentenceDeps, MAX_PAGE_SIZE);
      if (csv) return await jobsCsv(deps.jobs, understanding.query, 'q');
      const [page, answered] = await Promise.all([
        deps.jobs.getJobs(understanding.query),
        // A question ("were there failures?", "when was the last good backup?") is answered beside its jobs.
        understanding.intent === 'summary' ? answerQuestion(understanding, deps) : undefined,
      ]);
      const body = jobsResponse(page, understanding.query, deps.publicBaseUrl);
      return {
        status: 200,
        jsonBody: { ...body, ...(answered && { answer: answered.answer }), interpretation: interpretationOf(understanding) },
      };
    } catch (error) {
      return errorResponse(error, context);
    }
  };
}
