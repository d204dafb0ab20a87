import type { z } from 'zod';
import { toJobFilterModel, type JobQuery, type JobsPage } from '../../jobs/model';
import { MERGED_RESULT_LIMIT } from '../../jobs/limits';
import { FILTER_PARAMETERS, REFINE_PARAMETERS, STATUS_PARAMETER } from './queryParameters';
import type { Refinement } from '../../jobs/Refinement';
import type { jobsPageResponseSchema } from './apiSchemas';
import { ROUTES, ROUTE_PREFIX } from '../routes';
import { toJobView } from './toJobView';

/** The body of a page, typed by the schema the API documents render (functions/http/apiSchemas.ts). */
export type JobsResponseBody = z.output<typeof jobsPageResponseSchema>;

/** The GET /api/jobs URL that asks for `query` (at `page`), absolute from the app's public URL. */
export function facadeLink(query: JobQuery, page: number, baseUrl: string): string {
  const name = (field: keyof typeof FILTER_PARAMETERS) => FILTER_PARAMETERS[field][0]!;
  const params = new URLSearchParams({
    [name('page')]: String(page),
    [name('pageSize')]: String(query.pageSize),
    [name('type')]: String(query.type),
  });
  params.set(name('start'), query.startTime);
  params.set(name('end'), query.endTime);
  if (query.statuses.length > 0) params.set(STATUS_PARAMETER, query.statuses.join(','));
  if (query.organizationId !== undefined) params.set(name('organizationId'), query.organizationId);
  if (query.objectType !== undefined) params.set(name('objectType'), String(query.objectType));
  for (const [field, value] of Object.entries(query.refine ?? {}) as [keyof Refinement, Refinement[keyof Refinement]][]) {
    const text = Array.isArray(value) ? value.join(',') : value === undefined ? '' : String(value);
    if (text !== '') params.set(REFINE_PARAMETERS[field], text);
  }
  return `${baseUrl}/${ROUTE_PREFIX}/${ROUTES.listJobs}?${params.toString()}`;
}

/**
 * The facade's answer: the upstream page with named enums, a nextLink to the facade, and the
 * effective filter; on a refined query, the refinement and how much of the range was scanned. Links start at the configured public URL, never at the request's Host header,
 * which a client (or a cache in front) controls.
 */
export function jobsResponse(page: JobsPage, query: JobQuery, baseUrl: string): JobsResponseBody {
  // A link only to a page the facade will serve: merged statuses stop at MERGED_RESULT_LIMIT jobs.
  const reachable = query.statuses.length <= 1 || (query.page + 1) * query.pageSize <= MERGED_RESULT_LIMIT;
  const hasNext = reachable && query.page * query.pageSize < page.totalCount;
  return {
    totalCount: page.totalCount,
    pageIndex: query.page,
    pageSize: query.pageSize,
    jobs: page.jobs.map(toJobView),
    nextLink: hasNext ? facadeLink(query, query.page + 1, baseUrl) : null,
    filter: toJobFilterModel(query),
    ...(page.refined && query.refine && { refine: query.refine, scan: page.refined }),
  };
}
