import { z } from 'zod';
import { jobStatusSchema, jobTypeSchema, objectTypeSchema, organizationIdSchema, pageSchema, pageSizeSchema } from './fieldSchemas';
import { EARLIEST_MS, MAX_RANGE_DAYS, MERGED_RESULT_LIMIT } from './limits';
import type { SummaryQuery } from './JobsSummary';
import type { JobQuery } from './model';
import { QUESTION_KINDS, type Question } from './Question';
import { refinementSchema } from './refinementSchema';
import { DAY_MS } from './time';

/** The range rules of resolveTimeRange, for ranges read back rather than resolved. */
function checkRange(range: { startTime: string; endTime: string }, ctx: z.RefinementCtx): void {
  const start = Date.parse(range.startTime);
  const end = Date.parse(range.endTime);
  if (start < EARLIEST_MS) ctx.addIssue({ code: 'custom', path: ['startTime'], message: 'must not be before 2000-01-01T00:00:00Z' });
  if (start >= end) ctx.addIssue({ code: 'custom', path: ['startTime'], message: 'must be before endTime' });
  else if (end - start > MAX_RANGE_DAYS * DAY_MS) {
    ctx.addIssue({ code: 'custom', path: ['startTime'], message: `the range must not exceed ${MAX_RANGE_DAYS} days` });
  }
}

/**
 * A normalised JobQuery read back from somewhere untrusted or older (card data, the conversation
 * store, subscriptions): the request field rules plus the range and merge rules of normalizeJobQuery.
 */
export const jobQuerySchema: z.ZodType<JobQuery> = z
  .object({
    page: pageSchema,
    pageSize: pageSizeSchema,
    type: jobTypeSchema,
    startTime: z.iso.datetime(),
    endTime: z.iso.datetime(),
    statuses: z.array(jobStatusSchema).max(4),
    organizationId: organizationIdSchema.optional(),
    objectType: objectTypeSchema.optional(),
    refine: refinementSchema.optional(),
  })
  .superRefine((query, ctx) => {
    checkRange(query, ctx);
    if (new Set(query.statuses).size > 1 && query.page * query.pageSize > MERGED_RESULT_LIMIT) {
      ctx.addIssue({
        code: 'custom',
        path: ['page'],
        message: `with several statuses, page × page size must not exceed ${MERGED_RESULT_LIMIT}`,
      });
    }
  });

/** What a summary covers, read back from card data (the Refresh button). */
export const summaryQuerySchema: z.ZodType<SummaryQuery> = z
  .object({
    type: jobTypeSchema,
    startTime: z.iso.datetime(),
    endTime: z.iso.datetime(),
    organizationId: organizationIdSchema.optional(),
  })
  .superRefine((query, ctx) => checkRange(query, ctx));

/** The question a summary answers first, read back from card data. */
export const questionSchema: z.ZodType<Question> = z.object({
  kind: z.enum(QUESTION_KINDS),
  statuses: z.array(jobStatusSchema).max(4),
});
