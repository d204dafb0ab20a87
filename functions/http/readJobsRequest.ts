import type { JobsService } from '../../jobs/JobsService';
import { MAX_PAGE_SIZE } from '../../jobs/limits';
import type { JobQuery } from '../../jobs/model';
import { parseJobsQueryString } from './parseJobsQueryString';
import { checkParameters, FILTER_PARAMETERS, REFINE_PARAMETERS, SENTENCE_PARAMETERS, STATUS_PARAMETER } from './queryParameters';
import type { Understand, Understanding } from '../../reader/types';
import { readSentenceParams, readZoneAndLocale } from './readSentenceParams';

const ALL_FILTERS = Object.keys(FILTER_PARAMETERS) as (keyof typeof FILTER_PARAMETERS)[];

export interface JobsRequestDeps {
  jobs: Pick<JobsService, 'organizations'>;
  understand: Understand;
  now: () => Date;
}

/** What a job search asks for, and the parameter a too-large range is blamed on (`start`, or `q`). */
export interface JobsRequest {
  query: JobQuery;
  understanding?: Understanding;
  rangeField: string;
}

/**
 * The query of GET /api/jobs and /api/jobs.csv: the filter as parameters, or `q=<sentence>&tz=…[&locale=…]`
 * read like the bot reads it (filter parameters beside `q` are refused: the sentence is the filter).
 * `extra` names the other parameters the route takes (`format` on /api/jobs).
 */
export async function readJobsRequest(params: URLSearchParams, deps: JobsRequestDeps, extra: readonly string[]): Promise<JobsRequest> {
  if (!params.has('q')) {
    checkParameters(params, ALL_FILTERS, [STATUS_PARAMETER, ...Object.values(REFINE_PARAMETERS), ...SENTENCE_PARAMETERS, ...extra]);
    readZoneAndLocale(params);
    return { query: parseJobsQueryString(params, deps.now()), rangeField: FILTER_PARAMETERS.start[0]! };
  }
  checkParameters(params, [], [...SENTENCE_PARAMETERS, ...extra]);
  const sentenceDeps = { understand: deps.understand, organizations: () => deps.jobs.organizations(), now: deps.now };
  const understanding = await readSentenceParams(params, ['query', 'summary'], sentenceDeps, MAX_PAGE_SIZE);
  return { query: understanding.query, understanding, rangeField: 'q' };
}
