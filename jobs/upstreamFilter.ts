import type { JobSourceFilter } from './JobSource';
import type { JobQuery } from './model';

/** The upstream request for `query` and one status (or none), without its page. */
export const upstreamFilter = (query: JobQuery, status?: number): Omit<JobSourceFilter, 'pageIndex' | 'pageSize'> => ({
  type: query.type,
  startTime: query.startTime,
  endTime: query.endTime,
  ...(status !== undefined && { status }),
  ...(query.organizationId !== undefined && { organizationId: query.organizationId }),
  ...(query.objectType !== undefined && { objectType: query.objectType }),
});
