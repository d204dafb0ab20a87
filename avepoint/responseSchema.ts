import { z } from 'zod';
import type { JobsPage } from '../jobs/model';

const count = z.number().int().min(0);

const jobSchema = z.object({
  module: z.string(),
  type: z.number().int(),
  jobId: z.string().min(1),
  startTime: z.string(),
  finishTime: z.string().nullable(),
  durationHours: z.number(),
  status: z.number().int(),
  successfulEntity: count,
  failedEntity: count,
  skippedEntity: count,
  warningEntity: count,
  totalEntity: count,
  successfulRecord: count,
  failedRecord: count,
  skippedRecord: count,
  warningRecord: count,
  totalRecord: count,
  backupSize: z.number().min(0),
  organizationId: z.string(),
  organizationName: z.string(),
});

/** The Graph response shape; unknown fields are dropped so nothing unexpected travels further. */
export const jobsPageSchema = z.object({
  totalCount: count,
  pageIndex: z.number().int().min(1),
  pageSize: z.number().int().min(1),
  nextLink: z.string().nullable().default(null),
  jobs: z.array(jobSchema),
}) satisfies z.ZodType<JobsPage, unknown>;
