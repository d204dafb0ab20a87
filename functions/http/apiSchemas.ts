import { z } from 'zod';
import { JobStatus, JobType, type JobStatusName } from '../../jobs/enums';
import { summaryQuerySchema } from '../../jobs/jobQuerySchema';
import { jobSchema } from '../../jobs/jobSchema';
import type { JobsSummary, OrganizationSummary, SummaryQuery } from '../../jobs/JobsSummary';
import type { JobFilterModel, RefinedScan } from '../../jobs/model';
import { JOB_SORTS, type Refinement } from '../../jobs/Refinement';

/**
 * The facade's answers as zod schemas: the handlers' body types are inferred from them and the
 * OpenAPI and Swagger documents are rendered from them (functions/apiDocument), so that neither
 * can say something the other does not.
 */

const integer = z.number().int();
const count = integer.min(0);
const instant = z.iso.datetime().describe('ISO 8601 UTC');
const rate = z
  .number()
  .min(0)
  .max(1)
  .nullable()
  .describe('Finished ÷ jobs that ended (finished, finished with exceptions, failed); null when none ended');
const statusNames = Object.keys(JobStatus) as [JobStatusName, ...JobStatusName[]];
const typeNames = Object.keys(JobType) as [keyof typeof JobType, ...(keyof typeof JobType)[]];

export const jobViewSchema = jobSchema.extend({
  statusName: z.enum([...statusNames, 'unknown']).describe('The name of `status`; "unknown" for a value AvePoint does not define'),
  typeName: z.enum([...typeNames, 'unknown']).describe('The name of `type`; "unknown" for a value AvePoint does not define'),
});

/** The effective JobFilterModel, in the seed's shape (the `filter` of a page). */
export const jobFilterModelSchema = z.object({
  pageInfo: z.object({ currentPage: integer.min(1), pageSize: integer.min(1) }),
  type: integer,
  startTime: instant,
  endTime: instant,
  status: z
    .union([integer, z.array(integer)])
    .optional()
    .describe('One status, or an array when several statuses were merged'),
  organizationId: z.string().optional(),
  objectType: integer.optional(),
});

/** How `q` was read (only when `q` is given). */
export const interpretationSchema = z.object({
  reading: z.string().describe('The filter in words, e.g. "Failed backup jobs · yesterday (Europe/Berlin)"'),
  ignored: z.array(z.string()).describe('Always empty on an answer: a sentence with words that cannot be used is a 400 naming them'),
  timeZone: z.string(),
  intent: z.enum(['query', 'summary']),
});

/** The refinement applied (GET /api/jobs's refinement parameters, or what a sentence asked for), in its normalised form. */
export const refinementBodySchema = z.object({
  excludeOrganizationIds: z.array(z.string()).optional().describe('Organisations left out (ids)'),
  excludeTypes: z.array(integer).optional().describe('Job types left out'),
  modules: z.array(z.string()).optional().describe('Modules kept (job.module), any of them'),
  minSize: z.number().optional().describe('Smallest backup size kept, bytes'),
  maxSize: z.number().optional().describe('Largest backup size kept, bytes'),
  minDurationHours: z.number().optional().describe('Shortest duration kept, hours'),
  maxDurationHours: z.number().optional().describe('Longest duration kept, hours'),
  minFailedItems: count.optional().describe('Fewest failed records kept'),
  minSkippedItems: count.optional().describe('Fewest skipped records kept'),
  sort: z.enum(JOB_SORTS).optional().describe('Order of the whole refined list'),
  limit: integer.min(1).optional().describe('At most this many jobs in all'),
});

export const refinedScanSchema = z.object({
  scanned: count.describe('Jobs of the range read and refined'),
  complete: z.boolean().describe('False when the range held more jobs than the scan bound: narrow it for a complete answer'),
});

export const jobsPageResponseSchema = z.object({
  totalCount: count,
  pageIndex: integer.min(1),
  pageSize: integer.min(1),
  jobs: z.array(jobViewSchema),
  nextLink: z.string().nullable().describe('The next page on this facade (add your function key), null on the last page'),
  filter: jobFilterModelSchema,
  refine: refinementBodySchema.optional().describe('Only on a refined query: what was refined; totalCount counts the refined jobs'),
  scan: refinedScanSchema.optional().describe('Only on a refined query: how much of the range was read'),
  answer: z
    .string()
    .optional()
    .describe('Only when q asks a question ("were there failures?", "when was the last good backup?"): the answer, as asked'),
  interpretation: interpretationSchema.optional(),
});

const byStatusSchema = z.object(Object.fromEntries(statusNames.map((name) => [name, count])) as Record<JobStatusName, typeof count>);

const organizationSummarySchema = z.object({
  organizationId: z.string(),
  organizationName: z.string(),
  byStatus: byStatusSchema,
  lastSuccessfulBackup: z.string().nullable(),
  hoursSinceSuccessfulBackup: z.number().nullable(),
  stale: z.boolean().describe('No successful backup within the RPO'),
  lastFailure: z.object({ jobId: z.string(), startTime: z.string() }).nullable(),
  successRate: rate,
});

const dayCountsSchema = z.object({
  day: z.iso.date().describe('The calendar day (yyyy-MM-dd) in `timeZone`'),
  startTime: instant,
  endTime: instant,
  failed: count,
  finished: count,
});

const previousPeriodSchema = z
  .object({ startTime: instant, endTime: instant, totalCount: count, byStatus: byStatusSchema, successRate: rate })
  .describe('The same length of time just before the range, counted the same way');

const worstRecordSchema = z
  .object({
    organizationId: z.string(),
    organizationName: z.string(),
    successRate: z.number().min(0).max(1),
    failed: count,
    finishedWithException: count,
  })
  .describe('The organisation with the lowest success rate, then the most failures; null when every job that ended finished');

export const summaryResponseSchema = z.object({
  filter: summaryQuerySchema,
  interpretation: interpretationSchema.optional(),
  answer: z.string().describe('The summary in one sentence'),
  asOf: instant,
  rpoHours: z.number(),
  totalCount: count,
  byStatus: byStatusSchema,
  organizations: z.array(organizationSummarySchema),
  otherOrganizationsCount: count,
  successRate: rate,
  previous: previousPeriodSchema,
  daily: z
    .array(dayCountsSchema)
    .nullable()
    .describe('Failures and successes per calendar day for ranges touching 3 to 31 days; null otherwise'),
  timeZone: z.string().describe('The IANA zone the days are counted in (`tz`, default UTC)'),
  worstRecord: worstRecordSchema.nullable(),
  insights: z.array(z.string()).describe('Success rate, comparison with the previous period and the worst record, in sentences'),
});

/** Compiles only when every value of T is a valid output of S: what the code builds, the schema describes. */
type Describes<S extends z.ZodType, T extends z.output<S>> = T;
// The summary's body is the service's JobsSummary with `query` renamed `filter` (functions/getSummary.ts).
export type SummaryBody = Describes<
  typeof summaryResponseSchema,
  Omit<JobsSummary, 'query'> & { filter: SummaryQuery; answer: string; insights: string[] }
>;
export type OrganizationSummaryBody = Describes<typeof organizationSummarySchema, OrganizationSummary>;
export type FilterBody = Describes<typeof jobFilterModelSchema, JobFilterModel>;
export type RefinementBody = Describes<typeof refinementBodySchema, Refinement>;
export type RefinedScanBody = Describes<typeof refinedScanSchema, RefinedScan>;
