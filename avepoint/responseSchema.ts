import { z } from 'zod';
import { jobSchema } from '../jobs/jobSchema';
import type { JobsPage } from '../jobs/model';

const count = z.number().int().min(0);

/** The Graph response shape; unknown fields are dropped so nothing unexpected travels further. */
export const jobsPageSchema = z.object({
  totalCount: count,
  pageIndex: z.number().int().min(1),
  pageSize: z.number().int().min(1),
  nextLink: z.string().nullable().default(null),
  jobs: z.array(jobSchema),
}) satisfies z.ZodType<JobsPage, unknown>;
