import { HttpRequest, InvocationContext } from '@azure/functions';
import type { JobsService } from '../../jobs/JobsService';
import type { SummaryService } from '../../jobs/createSummaryService';
import type { JobsSummary } from '../../jobs/JobsSummary';
import type { JobQuery, JobsPage, Organization } from '../../jobs/model';
import { fixturePage } from '../../fixtures/jobs';

export const INVOCATION_ID = 'c0ffee00-0000-4000-8000-000000000000';

/** A request as the Functions host hands it over; a string body is sent as is, anything else as JSON. */
export function httpRequest(method: string, url: string, options: { body?: unknown; headers?: Record<string, string> } = {}): HttpRequest {
  const { body, headers = {} } = options;
  if (body === undefined) return new HttpRequest({ method, url, headers });
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return new HttpRequest({ method, url, body: { string: text }, headers: { 'content-type': 'application/json', ...headers } });
}

/**
 * An invocation context whose log lines are kept for assertions: the default one prints to the
 * console and has invocation id "unknown".
 */
export function invocationContext(): InvocationContext & { logged: Array<{ level: string; args: unknown[] }> } {
  const logged: Array<{ level: string; args: unknown[] }> = [];
  const context = new InvocationContext({ invocationId: INVOCATION_ID, logHandler: (level, ...args) => void logged.push({ level, args }) });
  return Object.assign(context, { logged });
}

/** The part of a JobsService the facade uses: `answer` decides each page; the queries asked are kept. */
export function fakeJobs(
  answer: (query: JobQuery) => Promise<JobsPage>,
  organizations: Organization[] = [],
): Pick<JobsService, 'getJobs' | 'organizations'> & { queries: JobQuery[] } {
  const queries: JobQuery[] = [];
  return {
    queries,
    getJobs: (query) => (queries.push(query), answer(query)),
    organizations: async () => organizations,
  };
}

/** Pages of fixture jobs out of `totalCount`, as many rows as the query asks for. */
export const pageOf =
  (totalCount: number) =>
  async (query: JobQuery): Promise<JobsPage> =>
    fixturePage(query, Math.max(0, Math.min(query.pageSize, totalCount - (query.page - 1) * query.pageSize)), totalCount);

/** A summary service that answers `summary` for every range, keeping the queries asked. */
export function fakeSummaries(summary: JobsSummary): SummaryService & { queries: unknown[] } {
  const queries: unknown[] = [];
  return { queries, summarize: (query) => (queries.push(query), Promise.resolve({ ...summary, query })) };
}
