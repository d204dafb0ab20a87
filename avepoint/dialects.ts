import type { JobSourceFilter } from '../jobs/JobSource';
import { ValidationError } from '../shared/errors';
import { toUpstreamFilterModel } from '../jobs/model';

export type Dialect = 'graph' | 'legacy';

/** One HTTP request for a page of jobs, without the Authorization header. */
export interface JobsRequest {
  method: 'GET' | 'POST';
  url: string;
  headers: Record<string, string>;
  body?: string;
}

/**
 * Graph: `GET {base}/dynamicsbackup/jobs?…` (objectType is not offered there: a ValidationError).
 * Legacy: `POST {base}/api/OpenApi/GetJobs` with the seed's JobFilterModel body.
 */
export function buildJobsRequest(dialect: Dialect, baseUrl: string, filter: JobSourceFilter): JobsRequest {
  const base = baseUrl.replace(/\/+$/, '');
  if (dialect === 'graph') {
    // Never report a filter as applied when it was not: the Graph API has no module filter.
    if (filter.objectType !== undefined) {
      throw new ValidationError([
        { field: 'objectType', message: 'is not offered by the AvePoint Graph API this service uses (AVEPOINT_API=graph); leave it out' },
      ]);
    }
    const params = new URLSearchParams({
      pageIndex: String(filter.pageIndex),
      pageSize: String(filter.pageSize),
      type: String(filter.type),
      startTime: filter.startTime,
      finishTime: filter.endTime,
    });
    if (filter.status !== undefined) params.set('status', String(filter.status));
    if (filter.organizationId !== undefined) params.set('organizationId', filter.organizationId);
    return { method: 'GET', url: `${base}/dynamicsbackup/jobs?${params.toString()}`, headers: { accept: 'application/json' } };
  }
  return {
    method: 'POST',
    url: `${base}/api/OpenApi/GetJobs`,
    headers: { accept: 'application/json', 'content-type': 'application/json' },
    body: JSON.stringify(toUpstreamFilterModel(filter)),
  };
}
