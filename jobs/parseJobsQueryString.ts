import type { JobQuery } from './model';
import { normalizeJobQuery, type FieldNames } from './normalizeJobQuery';

/** Each field and the query parameter names it answers to, the short one first. */
const ALIASES: Record<keyof FieldNames, string[]> = {
  page: ['page', 'pageIndex', 'currentPage'],
  pageSize: ['size', 'pageSize'],
  type: ['type'],
  start: ['start', 'startTime'],
  end: ['end', 'endTime', 'finishTime'],
  organizationId: ['org', 'organizationId'],
  objectType: ['objectType'],
};

/**
 * Reads the GET /api/jobs query string (`status=failed&type=backup&start=…&end=…&org=…&page=2&size=20`)
 * into a JobQuery. `status` may repeat or be comma-separated; other parameters (e.g. `code`, `q`) are ignored.
 * Throws ValidationError naming each parameter as the caller wrote it.
 */
export function parseJobsQueryString(params: URLSearchParams, now: Date, defaultRangeMs?: number): JobQuery {
  const names = {} as FieldNames;
  const values: Partial<Record<keyof FieldNames, string>> = {};
  for (const [field, aliases] of Object.entries(ALIASES) as [keyof FieldNames, string[]][]) {
    const used = aliases.find((alias) => params.has(alias) && params.get(alias)!.trim() !== '');
    names[field] = used ?? aliases[0]!;
    if (used) values[field] = params.get(used)!;
  }
  const statuses = params
    .getAll('status')
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
