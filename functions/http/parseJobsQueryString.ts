import { ValidationError } from '../../shared/errors';
import type { JobQuery } from '../../jobs/model';
import { normalizeJobQuery, type FieldNames } from './normalizeJobQuery';
import { FILTER_PARAMETERS, STATUS_PARAMETER } from './queryParameters';
import { readRefinementParams } from './readRefinementParams';

/**
 * Reads the GET /api/jobs query string (`status=failed&type=backup&start=…&end=…&org=…&page=2&size=20`)
 * into a JobQuery, with the refinement parameters (readRefinementParams) as `refine`. `status` may repeat or be
 * comma-separated; which names are allowed is checkParameters' job. Throws ValidationError naming each
 * parameter as the caller wrote it, every problem at once.
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
  const refinement = readRefinementParams(params);
  let query: JobQuery;
  try {
    query = normalizeJobQuery(
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
  } catch (error) {
    throw error instanceof ValidationError ? new ValidationError([...error.issues, ...refinement.issues]) : error;
  }
  if (refinement.issues.length > 0) throw new ValidationError(refinement.issues);
  return refinement.refine ? { ...query, refine: refinement.refine } : query;
}
