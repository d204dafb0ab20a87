import type { HttpRequest, HttpResponseInit, InvocationContext } from '@azure/functions';
import type { JobsService } from '../jobs/JobsService';
import { MAX_PAGE_SIZE } from '../jobs/limits';
import { parseJobsQueryString } from '../jobs/parseJobsQueryString';
import { checkParameters, FILTER_PARAMETERS, FORMAT_PARAMETER, SENTENCE_PARAMETERS, STATUS_PARAMETER } from '../jobs/queryParameters';
import type { Understand } from '../reader/types';
import { CSV_MAX_JOBS, jobsCsv } from './jobsCsv';
import { jobsFormat, readCsvRequest } from './jobsFormat';
import { jobsResponse } from './jobsResponse';
import { errorResponse } from './problem';
import { interpretationOf, readSentenceParams, readZoneAndLocale } from './readSentenceParams';

const ALL_FILTERS = Object.keys(FILTER_PARAMETERS) as (keyof typeof FILTER_PARAMETERS)[];

export interface ListJobsDeps {
  jobs: Pick<JobsService, 'getJobs' | 'organizations'>;
  understand: Understand;
  now: () => Date;
  publicBaseUrl: string;
}

/**
 * GET /api/jobs: the filter as query parameters, or `q=<sentence>&tz=<IANA zone>[&locale=…]` read
 * like the bot reads it (filter parameters beside `q` are refused: the sentence is the filter). A `q` that is not a query for
 * jobs (help, greeting, next, a job id) is a 400: paging and help belong to conversations, and the
 * nextLink of every answer already pages. `Accept: text/csv` or `format=csv`: the whole range as CSV, or its newest
 * `size` jobs (jobsCsv.ts).
 */
export function listJobsHandler(deps: ListJobsDeps) {
  const sentenceDeps = { understand: deps.understand, organizations: () => deps.jobs.organizations(), now: deps.now };
  return async (request: HttpRequest, context: InvocationContext): Promise<HttpResponseInit> => {
    try {
      const given = new URL(request.url).searchParams;
      const csv = jobsFormat(given, request.headers.get('accept')) === 'csv';
      const { params, limit } = csv ? readCsvRequest(given, CSV_MAX_JOBS) : { params: given, limit: undefined };
      if (!params.has('q')) {
        checkParameters(params, ALL_FILTERS, [STATUS_PARAMETER, ...SENTENCE_PARAMETERS, FORMAT_PARAMETER]);
        readZoneAndLocale(params);
        const query = parseJobsQueryString(params, deps.now());
        if (csv) return await jobsCsv(deps.jobs, query, FILTER_PARAMETERS.start[0]!, limit);
        return { status: 200, jsonBody: jobsResponse(await deps.jobs.getJobs(query), query, deps.publicBaseUrl) };
      }
      checkParameters(params, [], [...SENTENCE_PARAMETERS, FORMAT_PARAMETER]);
      const understanding = await readSentenceParams(params, ['query'], sentenceDeps, MAX_PAGE_SIZE);
      if (csv) return await jobsCsv(deps.jobs, understanding.query, 'q', limit);
      const body = jobsResponse(await deps.jobs.getJobs(understanding.query), understanding.query, deps.publicBaseUrl);
      return { status: 200, jsonBody: { ...body, interpretation: interpretationOf(understanding) } };
    } catch (error) {
      return errorResponse(error, context);
    }
  };
}
