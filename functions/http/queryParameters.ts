import { ValidationError, type FieldIssue } from '../../shared/errors';
import type { FieldNames } from './normalizeJobQuery';
import { editDistance } from '../../jobs/editDistance';
import type { Refinement } from '../../jobs/Refinement';

/** The filter fields of the GET endpoints and the names each answers to: the short one first (used in links), then documented aliases. */
export const FILTER_PARAMETERS: Readonly<Record<keyof FieldNames, readonly string[]>> = {
  page: ['page', 'pageIndex', 'currentPage'],
  pageSize: ['size', 'pageSize'],
  type: ['type'],
  start: ['start', 'startTime'],
  end: ['end', 'endTime', 'finishTime'],
  organizationId: ['org', 'organizationId'],
  objectType: ['objectType'],
};
/** Several statuses: repeated or comma-separated. */
export const STATUS_PARAMETER = 'status';
/** GET /api/jobs's refinements (jobs/Refinement.ts): what AvePoint cannot filter or sort on, one parameter per field. */
export const REFINE_PARAMETERS = {
  excludeOrganizationIds: 'excludeOrg',
  excludeTypes: 'excludeType',
  modules: 'module',
  minSize: 'minSize',
  maxSize: 'maxSize',
  minDurationHours: 'minDuration',
  maxDurationHours: 'maxDuration',
  minFailedItems: 'minFailedItems',
  minSkippedItems: 'minSkippedItems',
  sort: 'sort',
  limit: 'limit',
} as const satisfies Record<keyof Refinement, string>;
/** The parameters that may repeat (and be comma-separated): a status and the refinements' lists. */
export const REPEATABLE_PARAMETERS: readonly string[] = [
  STATUS_PARAMETER,
  REFINE_PARAMETERS.excludeOrganizationIds,
  REFINE_PARAMETERS.excludeTypes,
  REFINE_PARAMETERS.modules,
];
/** A sentence and how to read it. */
export const SENTENCE_PARAMETERS = ['q', 'tz', 'locale'] as const;
/** GET /api/jobs only: `json` (default) or `csv`, for links that cannot send an Accept header. */
export const FORMAT_PARAMETER = 'format';
/** `code` carries the function key on the query string (Azure Functions' own parameter). */
export const FUNCTION_KEY_PARAMETER = 'code';

/**
 * Refuses what a caller most likely got wrong: a name the endpoint does not know (with the nearest
 * one it does: "stauts" → "status", "Status" → "status"), a single-valued parameter given twice,
 * or one field given under two of its names. Nothing unknown is ignored silently.
 */
export function checkParameters(params: URLSearchParams, fields: readonly (keyof FieldNames)[], extra: readonly string[]): void {
  const known = [...fields.flatMap((field) => FILTER_PARAMETERS[field]), ...extra, FUNCTION_KEY_PARAMETER];
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  for (const name of params.keys()) {
    if (seen.has(name)) {
      if (!REPEATABLE_PARAMETERS.includes(name) && !issues.some((issue) => issue.field === name))
        issues.push({ field: name, message: 'is given more than once; give it once' });
      continue;
    }
    seen.add(name);
    if (!known.includes(name)) issues.push({ field: name, message: `is not a parameter of this endpoint${nearest(name, known)}` });
  }
  for (const field of fields) {
    const given = FILTER_PARAMETERS[field].filter((name) => seen.has(name));
    if (given.length > 1)
      issues.push({ field: given[1]!, message: `names the same filter as ${given[0]}; give one of ${given.join(', ')}` });
  }
  if (issues.length > 0) throw new ValidationError(issues);
}

function nearest(name: string, known: readonly string[]): string {
  const lower = name.toLowerCase();
  const best = known
    .map((candidate) => ({ candidate, distance: editDistance(lower, candidate.toLowerCase(), 2) }))
    .filter(({ distance }) => distance <= 2)
    .sort((a, b) => a.distance - b.distance)[0];
  return best ? `; did you mean "${best.candidate}"?` : '';
}
