import type { FieldIssue } from '../../shared/errors';
import { REFINE_PARAMETERS, REPEATABLE_PARAMETERS } from './queryParameters';
import type { Refinement } from '../../jobs/Refinement';
import { refinementSchema } from '../../jobs/refinementSchema';
import { isRefining } from '../../jobs/refineJobs';

const FIELDS = Object.keys(REFINE_PARAMETERS) as (keyof Refinement)[];

/**
 * Reads GET /api/jobs's refinement parameters (`excludeOrg=…&module=Dataverse&minSize=10GB&sort=oldest&limit=5`)
 * with refinementSchema. The list ones may repeat or be comma-separated; an empty value is not given.
 * Each problem names the parameter as written.
 */
export function readRefinementParams(params: URLSearchParams): { refine?: Refinement; issues: FieldIssue[] } {
  const raw: Record<string, unknown> = {};
  for (const field of FIELDS) {
    const name = REFINE_PARAMETERS[field];
    if (REPEATABLE_PARAMETERS.includes(name)) {
      const values = params
        .getAll(name)
        .flatMap((value) => value.split(','))
        .map((value) => value.trim())
        .filter(Boolean);
      if (values.length > 0) raw[field] = [...new Set(values)];
    } else {
      const value = params.get(name)?.trim();
      if (value) raw[field] = value;
    }
  }
  const result = refinementSchema.safeParse(raw);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => ({
      field: REFINE_PARAMETERS[issue.path[0] as keyof Refinement] ?? String(issue.path[0]),
      message:
        issue.path.length > 1
          ? `“${String((raw[issue.path[0] as string] as unknown[])[issue.path[1] as number])}” ${issue.message}`
          : issue.message,
    }));
    return { issues };
  }
  return isRefining(result.data) ? { refine: result.data, issues: [] } : { issues: [] };
}
