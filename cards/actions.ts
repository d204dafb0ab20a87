import { z } from 'zod';
import { jobStatusSchema, jobTypeSchema, objectTypeSchema, organizationIdSchema, pageSchema, pageSizeSchema } from '../jobs/fieldSchemas';
import type { JobQuery } from '../jobs/model';
import { plainText, truncate } from './text';

/** The verbs of the card actions the bot handles (Action.Execute `verb`, and `data.verb` for both Execute and its Submit fallback). */
export const CardVerb = { page: 'page', detail: 'detail', retry: 'retry' } as const;
export type CardVerbName = (typeof CardVerb)[keyof typeof CardVerb];

/** A JobQuery as it travels in card data: untrusted on the way back, so checked again with the request field rules. */
export const jobQuerySchema: z.ZodType<JobQuery> = z.object({
  page: pageSchema,
  pageSize: pageSizeSchema,
  type: jobTypeSchema,
  startTime: z.iso.datetime(),
  endTime: z.iso.datetime(),
  statuses: z.array(jobStatusSchema).max(4),
  organizationId: organizationIdSchema.optional(),
  objectType: objectTypeSchema.optional(),
});

/** Longest job id the action data accepts (AvePoint's are 26 characters). */
export const JOB_ID_MAX = 100;

// What every list-related action carries so the bot can redo the query statelessly.
const listContextShape = {
  query: jobQuerySchema,
  reading: z.string().max(500),
  timeZone: z.string().min(1).max(64),
};

/**
 * The data of every card action, as it arrives in `activity.value.action.data` (Action.Execute)
 * or `activity.value` (the Action.Submit fallback). Unknown keys (e.g. input values) are stripped.
 */
export const cardActionSchema = z.discriminatedUnion('verb', [
  z.object({ verb: z.literal(CardVerb.page), ...listContextShape }),
  z.object({ verb: z.literal(CardVerb.detail), jobId: z.string().min(1).max(JOB_ID_MAX), ...listContextShape }),
  z.object({ verb: z.literal(CardVerb.retry), ...listContextShape }),
]);
export type CardActionData = z.infer<typeof cardActionSchema>;

/** The query, reading and zone a list card was made for: what every action carries besides its verb (and job id). */
export type ListContext = Omit<Extract<CardActionData, { verb: 'page' }>, 'verb'>;

/** Readings are cut here: they travel in every action's data, and the card must stay small. */
export const READING_MAX = 120;

/** The context for action data, with the reading as one capped line (raw text: data is not rendered). */
export function listContext(query: JobQuery, reading: string, timeZone: string): ListContext {
  return { query, reading: truncate(plainText(reading, ''), READING_MAX), timeZone };
}

/** An Action.Execute with an Action.Submit fallback carrying the same data, for clients without Universal Actions. */
export interface ExecuteAction {
  type: 'Action.Execute';
  title?: string;
  verb: CardVerbName;
  data: CardActionData;
  fallback: { type: 'Action.Submit'; title?: string; data: CardActionData };
}

/** Builds the Execute action (with its Submit fallback) for `data`; title omitted for row select actions. */
export function executeAction(data: CardActionData, title?: string): ExecuteAction {
  const titled = title === undefined ? {} : { title };
  return { type: 'Action.Execute', ...titled, verb: data.verb, data, fallback: { type: 'Action.Submit', ...titled, data } };
}

/** An Action.Submit that posts `text` into the chat as if the user typed it. */
export function imBackAction(text: string, title = text) {
  return { type: 'Action.Submit', title, data: { msteams: { type: 'imBack', value: text } } } as const;
}
