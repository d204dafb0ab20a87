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
  /** Records that failed and were skipped: what to look at first. */
  failedItems: z.number().int().min(0),
  skippedItems: z.number().int().min(0),
});

/** Where the delivery ledger keeps a sent alert's snapshot: its first (subscription, item) claim in the conversation. */
export const alertLedgerKeySchema = z.object({ subscriptionId: z.number().int().min(1).max(100_000), item: text(200).min(1) });
export type AlertLedgerKey = z.infer<typeof alertLedgerKeySchema>;

/**
 * What an alert card shows. The run stores it with the delivery record; Acknowledge carries only
 * its ledger key and the bot redraws the card ("Acknowledged by Ada at 14:05") from the stored copy,
 * so display data from an invoke is never drawn back (a forged invoke could plant a link).
 */
export const alertSnapshotSchema = z.object({
  ledger: alertLedgerKeySchema,
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
