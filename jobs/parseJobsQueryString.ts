import type { JobQuery } from './model';
import { normalizeJobQuery, type FieldNames } from './normalizeJobQuery';
import { FILTER_PARAMETERS, STATUS_PARAMETER } from './queryParameters';

/**
 * Reads the GET /api/jobs query string (`status=failed&type=backup&start=…&end=…&org=…&page=2&size=20`)
 * into a JobQuery. `status` may repeat or be comma-separated; which names are allowed is checkParameters' job.
 * Throws ValidationError naming each parameter as the caller wrote it.
 */
export function parseJobsQueryString(params: URLSearchParams, now: Date, defaultRangeMs?: number): JobQuery {
  const names = {} as FieldNames;
  const values: Partial<Record<keyof FieldNames, string>> = {};
  for (const [field, aliases] of Object.entries(FILTER_PARAMETERS) as [keyof FieldNames, readonly string[]][]) {
    const used = aliases.find((alias) => params.has(alias) && params.get(alias)!.trim() !== '');
    names[field] = used ?? aliases[0]!;
    if (used) values[field] = params.get(used)!;
  }
  const statuses = params
    .getAll(STATUS_PARAMETER)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean)
    .map((value) => ({ value, field: 'status' }));
  return normalizeJobQuery(
    {
      page: values.page,
      pageSize: values.pageSize,
      type: values.type,
      start: values.start,
      end: values.end,
      statuses,
      organizationId: values.organizationId,
      objectType: values.objectType,
    },
    names,
    now,
    defaultRangeMs,
  );
}
