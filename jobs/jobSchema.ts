import { z } from 'zod';
import type { Job } from './model';

const count = z.number().int().min(0);

/**
 * One job as AvePoint's Graph API returns it: the upstream response is checked against it
 * (avepoint/responseSchema.ts) and the facade's documents describe jobs from it.
 */
export const jobSchema = z.object({
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
}) satisfies z.ZodType<Job, unknown>;
