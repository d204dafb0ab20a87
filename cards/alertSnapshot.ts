import { z } from 'zod';
import { jobQuerySchema } from '../jobs/jobQuerySchema';

/** Rows an alert card lists before it collapses into counts. */
export const ALERT_MAX_ROWS = 10;

const text = (max: number) => z.string().max(max);

/** One announced job, as much of it as its row shows. */
const alertJobSchema = z.object({
  jobId: text(100),
  organizationName: text(200),
  status: z.number().int(),
  type: z.number().int(),
  startTime: text(40),
  durationHours: z.number().min(0).max(1_000_000),
  backupSize: z.number().min(0),
});

/**
 * What an alert card shows, carried in its Acknowledge action so the bot can redraw it in place
 * ("Acknowledged by Ada at 14:05") without storing it: the card is the state.
 */
export const alertSnapshotSchema = z.object({
  title: text(200),
  about: text(300),
  timeZone: text(64),
  /** ISO 8601 UTC: when the run found them. */
  at: text(40),
  jobs: z.array(alertJobSchema).max(ALERT_MAX_ROWS),
  /** When more than ALERT_MAX_ROWS: the number of jobs per status (the rows are then left out). */
  counts: z
    .array(z.object({ status: z.number().int(), count: z.number().int().min(1) }))
    .max(8)
    .optional(),
  /** The list of exactly those jobs' range and filter, for "Show all". */
  showAll: z.object({ query: jobQuerySchema, reading: text(500), timeZone: text(64) }).optional(),
});

export type AlertSnapshot = z.infer<typeof alertSnapshotSchema>;
export type AlertJob = z.infer<typeof alertJobSchema>;
