import type { z } from 'zod';
import type { JobStatusValue } from '../../jobs/enums';
import { ValidationError, type FieldIssue } from '../../shared/errors';
import {
  jobStatusSchema,
  jobTypeSchema,
  objectTypeSchema,
  organizationIdSchema,
  pageSchema,
  pageSizeSchema,
} from '../../jobs/fieldSchemas';
import { DEFAULT_PAGE_SIZE, MERGED_RESULT_LIMIT } from '../../jobs/limits';
import type { JobQuery } from '../../jobs/model';
import { resolveTimeRange } from '../../jobs/resolveTimeRange';

/** Request values before checking, each still as the caller wrote it. `undefined` = not given. */
export interface RawJobQuery {
  page?: unknown;
  pageSize?: unknown;
  type?: unknown;
  start?: unknown;
  end?: unknown;
  /** Each given status with the name of the field it came from (e.g. "status[1]"). */
  statuses: { value: unknown; field: string }[];
  organizationId?: unknown;
  objectType?: unknown;
}

/** How the caller's form names each field, so that problems point at what the caller wrote. */
export type FieldNames = Record<'page' | 'pageSize' | 'type' | 'start' | 'end' | 'organizationId' | 'objectType', string>;

/** Checks and normalises a request into a JobQuery, or throws ValidationError listing every problem. */
export function normalizeJobQuery(raw: RawJobQuery, names: FieldNames, now: Date, defaultRangeMs?: number): JobQuery {
  const issues: FieldIssue[] = [];
  const check = <T>(schema: z.ZodType<T, unknown>, value: unknown, field: string): T | undefined => {
    if (value === undefined) return undefined;
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    issues.push({ field, message: result.error.issues[0]?.message ?? 'is invalid' });
    return undefined;
  };
  const page = check(pageSchema, raw.page, names.page) ?? 1;
  const pageSize = check(pageSizeSchema, raw.pageSize, names.pageSize) ?? DEFAULT_PAGE_SIZE;
  const type = check(jobTypeSchema, raw.type, names.type) ?? 0;
  const organizationId = check(organizationIdSchema, raw.organizationId, names.organizationId);
  const objectType = check(objectTypeSchema, raw.objectType, names.objectType);
  const statuses: JobStatusValue[] = [];
  for (const { value, field } of raw.statuses) {
    const status = check(jobStatusSchema, value, field);
    if (status !== undefined && !statuses.includes(status)) statuses.push(status);
  }
  const time = resolveTimeRange({ start: raw.start, end: raw.end }, { start: names.start, end: names.end }, now, defaultRangeMs);
  issues.push(...time.issues);
  if (statuses.length > 1 && page * pageSize > MERGED_RESULT_LIMIT) {
    issues.push({ field: names.page, message: `with several statuses, page × page size must not exceed ${MERGED_RESULT_LIMIT}` });
  }
  if (issues.length > 0 || !time.range) throw new ValidationError(issues);
  const query: JobQuery = { page, pageSize, type, ...time.range, statuses };
  if (organizationId !== undefined) query.organizationId = organizationId;
  if (objectType !== undefined) query.objectType = objectType;
  return query;
}
