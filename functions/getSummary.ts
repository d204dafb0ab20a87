import type { HttpRequest, HttpResponseInit, InvocationContext } from '@azure/functions';
import type { JobsService } from '../jobs/JobsService';
import type { SummaryService } from '../jobs/createSummaryService';
import { summaryQueryOf } from '../jobs/JobsSummary';
import { MAX_PAGE_SIZE } from '../jobs/limits';
import { parseJobsQueryString } from './http/parseJobsQueryString';
import { checkParameters, SENTENCE_PARAMETERS } from './http/queryParameters';
import { answerQuestion } from '../jobs/answerQuestion';
import { summaryAnswerAt } from '../jobs/summaryAnswer';
import { summaryInsights } from '../jobs/summaryInsights';
import { DAY_MS } from '../jobs/time';
import type { Understand } from '../reader/types';
import { errorResponse } from './http/problem';
import { interpretationOf, readSentenceParams, readZoneAndLocale } from './http/readSentenceParams';

export interface GetSummaryDeps {
  summaries: SummaryService;
  jobs: Pick<JobsService, 'organizations' | 'getJobs'>;
  understand: Understand;
  now: () => Date;
}

/** A summary counts every status over the whole range: no status, paging or module filter. */
export const SUMMARY_FILTERS = ['type', 'start', 'end', 'organizationId'] as const;

/**
 * GET /api/summary: counts per status and per organisation over a range (default the last 24 hours),
 * each organisation's last successful backup and whether it is within the RPO, and the answer sentence;
 * success rates, the period before, the worst record and (3 to 31 days) failures and successes per day in `tz`.
 * Same parameters as GET /api/jobs (type, start, end, org, or q + tz) without status and paging.
 */
export function getSummaryHandler(deps: GetSummaryDeps) {
  const sentenceDeps = { understand: deps.understand, organizations: () => deps.jobs.organizations(), now: deps.now };
  return async (request: HttpRequest, context: InvocationContext): Promise<HttpResponseInit> => {
    try {
      const params = new URL(request.url).searchParams;
      checkParameters(params, params.has('q') ? [] : SUMMARY_FILTERS, SENTENCE_PARAMETERS);
      // With q, readSentenceParams checks tz and locale and says which zone it used.
      const understanding = params.has('q')
        ? await readSentenceParams(params, ['summary', 'query'], sentenceDeps, MAX_PAGE_SIZE)
        : undefined;
      const timeZone = understanding?.timeZone ?? readZoneAndLocale(params).timeZone;
      const query = summaryQueryOf(understanding?.query ?? parseJobsQueryString(params, deps.now(), DAY_MS));
      const summary = await deps.summaries.summarize(query, { timeZone });
      // "When …?" and "was the last … ok?" are answered from the newest matching job; every other question from the counts.
      const answer =
        understanding?.question?.kind === 'when' || understanding?.question?.kind === 'latest'
          ? (await answerQuestion(understanding, deps)).answer
          : summaryAnswerAt(summary, { now: deps.now(), timeZone }, understanding?.question);
      const { query: filter, ...counts } = summary;
      return {
        status: 200,
        headers: { 'cache-control': 'no-store' },
        jsonBody: {
          filter,
          ...(understanding && { interpretation: interpretationOf(understanding) }),
          answer,
          ...counts,
          insights: summaryInsights(summary),
        },
      };
    } catch (error) {
      return errorResponse(error, context);
    }
  };
}
