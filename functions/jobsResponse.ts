import { toJobFilterModel, type JobFilterModel, type JobQuery, type JobsPage } from '../jobs/model';
import { toJobView, type JobView } from '../jobs/toJobView';

/** The route of GET /api/jobs (host.json routePrefix "api" + route "jobs"). */
export const JOBS_PATH = '/api/jobs';

export interface JobsResponseBody {
  totalCount: number;
  pageIndex: number;
  pageSize: number;
  jobs: JobView[];
  nextLink: string | null;
  filter: JobFilterModel;
}

/** The GET /api/jobs URL that asks for `query` (at `page`), absolute from the request's origin. */
export function facadeLink(query: JobQuery, page: number, origin: string): string {
  const params = new URLSearchParams({ page: String(page), size: String(query.pageSize), type: String(query.type) });
  params.set('start', query.startTime);
  params.set('end', query.endTime);
  if (query.statuses.length > 0) params.set('status', query.statuses.join(','));
  if (query.organizationId !== undefined) params.set('org', query.organizationId);
  if (query.objectType !== undefined) params.set('objectType', String(query.objectType));
  return `${origin}${JOBS_PATH}?${params.toString()}`;
}

/** The facade's answer: the upstream page with named enums, a nextLink to the facade, and the effective filter. */
export function jobsResponse(page: JobsPage, query: JobQuery, requestUrl: string): JobsResponseBody {
  const hasNext = query.page * query.pageSize < page.totalCount;
  return {
    totalCount: page.totalCount,
    pageIndex: query.page,
    pageSize: query.pageSize,
    jobs: page.jobs.map(toJobView),
    nextLink: hasNext ? facadeLink(query, query.page + 1, new URL(requestUrl).origin) : null,
    filter: toJobFilterModel(query),
  };
}
