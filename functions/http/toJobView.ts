import type { z } from 'zod';
import type { jobViewSchema } from './apiSchemas';
import { jobStatusName, jobTypeName } from '../../jobs/enums';
import type { Job } from '../../jobs/model';

/** A job as the facade returns it: every upstream field plus the names of its status and type. */
export type JobView = z.output<typeof jobViewSchema>;

/** Adds statusName and typeName; a value AvePoint does not define is named "unknown" rather than dropped. */
export const toJobView = (job: Job): JobView => ({
  ...job,
  statusName: jobStatusName(job.status) ?? 'unknown',
  typeName: jobTypeName(job.type) ?? 'unknown',
});
