import { z } from 'zod';
import { jobQuerySchema, questionSchema, summaryQuerySchema } from '../jobs/jobQuerySchema';
import type { JobQuery } from '../jobs/model';
import type { QueryAsRead } from '../jobs/QueryAsRead';
import { alertLedgerKeySchema } from './alertSnapshot';
import { plainText, truncate } from './text';

/** The verbs of the card actions the bot handles (Action.Execute `verb`, and `data.verb` for both Execute and its Submit fallback). */
const CardVerb = {
  page: 'page',
  detail: 'detail',
  retry: 'retry',
  summary: 'summary',
  acknowledge: 'acknowledge',
  unsubscribe: 'unsubscribe',
} as const;
export type CardVerbName = (typeof CardVerb)[keyof typeof CardVerb];

/** Longest job id the action data accepts (AvePoint's are 26 characters). */
export const JOB_ID_MAX = 100;

// How a query was read and the zone it was read in, as list and summary actions carry them (QueryAsRead).
const readingShape = {
  reading: z.string().max(500),
  timeZone: z.string().min(1).max(64),
};
// What a list action carries so the bot can redo the query statelessly (a stale card pages its own list).
const listContextShape = { query: jobQuerySchema, ...readingShape };

/**
 * The data of every card action: `activity.value` for an Action.Submit, and for an Action.Execute
 * `activity.value.action.data` with the action's own `verb` (card-level actions repeat the verb
 * in their data for their Submit fallback; row select actions do not). Unknown keys (e.g. input
 * values, or the list context older detail actions carried) are stripped.
 *
 * `detail` carries only the job id: it sits on every list row, and the rest is known to the bot
 * (the zone from the invoke's `localTimezone`, the list to go back to from the conversation store).
 */
export const cardActionSchema = z.discriminatedUnion('verb', [
  z.object({ verb: z.literal(CardVerb.page), ...listContextShape }),
  z.object({ verb: z.literal(CardVerb.detail), jobId: z.string().min(1).max(JOB_ID_MAX) }),
  z.object({ verb: z.literal(CardVerb.retry), ...listContextShape }),
  // A summary is asked again as it was (Refresh, Try again), question included.
  z.object({
    verb: z.literal(CardVerb.summary),
    query: summaryQuerySchema,
    ...readingShape,
    question: questionSchema.optional(),
  }),
  // Alerts: Acknowledge names the alert's record in the delivery ledger (the bot redraws the stored card, never data from
  // the invoke); Unsubscribe names a subscription of the conversation.
  z.object({ verb: z.literal(CardVerb.acknowledge), ...alertLedgerKeySchema.shape }),
  z.object({ verb: z.literal(CardVerb.unsubscribe), subscriptionId: z.number().int().min(1).max(100_000) }),
]);
export type CardActionData = z.infer<typeof cardActionSchema>;
export type ListActionData = Extract<CardActionData, { verb: 'page' | 'retry' }>;
export type DetailActionData = Extract<CardActionData, { verb: 'detail' }>;
export type SummaryActionData = Extract<CardActionData, { verb: 'summary' }>;

/** Readings are cut here: they travel in list actions' data, and the card must stay small. */
export const READING_MAX = 120;

/** A reading as action data carries it: one capped line (raw text: data is not rendered). */
export const actionReading = (reading: string): string => truncate(plainText(reading, ''), READING_MAX);

/** The query, reading and zone a list card was made for, as list action data carries them: what every list action carries besides its verb. */
export function listContext(query: JobQuery, reading: string, timeZone: string): QueryAsRead {
  return { query, reading: actionReading(reading), timeZone };
}

/** An Action.Execute with an Action.Submit fallback carrying the same data, for clients without Universal Actions. */
export interface ExecuteAction {
  type: 'Action.Execute';
  title: string;
  verb: CardVerbName;
  data: CardActionData;
  fallback: { type: 'Action.Submit'; title: string; data: CardActionData };
}

/** Builds a card-level Execute action with its Submit fallback for `data`. */
export function executeAction(data: CardActionData, title: string): ExecuteAction {
  return { type: 'Action.Execute', title, verb: data.verb, data, fallback: { type: 'Action.Submit', title, data } };
}

/**
 * A row's select action: Action.Execute alone, its verb not repeated in the data. A `fallback`
 * on a selectAction is never applied (the adaptivecards renderer parses selectAction with
 * fallback off outside design mode, `ActionProperty.parse`), so a Submit copy there would only
 * cost bytes on every row.
 */
export interface SelectAction {
  type: 'Action.Execute';
  verb: 'detail';
  data: Omit<DetailActionData, 'verb'>;
}

/** The select action that opens `jobId`'s detail card. */
export const detailSelectAction = (jobId: string): SelectAction => ({ type: 'Action.Execute', verb: 'detail', data: { jobId } });

/** An Action.Submit: the bot answers with a new card and the clicked one stays (a summary's drill-downs). */
export const submitAction = (data: CardActionData, title: string) => ({ type: 'Action.Submit', title, data }) as const;
export type SubmitAction = ReturnType<typeof submitAction>;

/** An Action.Submit that posts `text` into the chat as if the user typed it. */
export function imBackAction(text: string, title = text) {
  return { type: 'Action.Submit', title, data: { msteams: { type: 'imBack', value: text } } } as const;
}

export type ImBackAction = ReturnType<typeof imBackAction>;

/** The imBack payload Teams turns into a typed message; Web Chat and the Emulator send it as a Submit value instead. */
export const imBackSchema = z.object({ msteams: z.object({ type: z.literal('imBack'), value: z.string() }) });

/** A sentence button's data for a client that cannot send imBack (see withoutImBack): a plain Submit of the sentence. */
export const sentenceData = (text: string) => ({ sentence: text });

/** The sentence a Submit value carries, in either form a sentence button takes; the bot reads it as that sentence typed. */
export const sentenceSchema = z.union([
  imBackSchema.transform(({ msteams }) => msteams.value),
  z.object({ sentence: z.string() }).transform(({ sentence }) => sentence),
]);

/** A page or retry action's data for `context`, with the reading capped like every list action's. */
export const listAction = (verb: ListActionData['verb'], { query, reading, timeZone }: QueryAsRead): ListActionData => ({
  verb,
  ...listContext(query, reading, timeZone),
});
