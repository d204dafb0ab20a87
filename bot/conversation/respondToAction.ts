import { z } from 'zod';
import { cardActionSchema, listAction, stillWorkingCard } from '../../cards';
import type { AdaptiveCardJson, CardActionData } from '../../cards';
import { errorCardFor } from './errorCardFor';
import type { ActionInput } from './verbHandlers';
import { verbHandlers } from './verbHandlers';
import { withDeadline } from './withDeadline';

/** Action.Execute sends its verb and data under `value.action`; the Action.Submit fallback sends the data (verb included) as `value`. */
const invokeValueSchema = z.object({ action: z.object({ verb: z.string(), data: z.record(z.string(), z.unknown()).optional() }) });

/** The action's data with the Execute verb, which wins over a `verb` inside the data. */
export function readExecuteData(value: unknown): CardActionData | undefined {
  const action = invokeValueSchema.safeParse(value).data?.action;
  return action && cardActionSchema.safeParse({ ...action.data, verb: action.verb }).data;
}
export const readSubmitData = (value: unknown): CardActionData | undefined => cardActionSchema.safeParse(value).data;

type Dispatch = (input: ActionInput) => Promise<AdaptiveCardJson>;
// One dispatcher over the verb table; the cast is safe because `data.verb` selects the handler.
const dispatch: Dispatch = (input) => (verbHandlers[input.data.verb] as Dispatch)(input);

/** What "Try again" re-runs: the same list (verb retry), or the same action (a job, a summary, an acknowledgement, an unsubscribe). */
const retryOf = (data: CardActionData): CardActionData =>
  data.verb === 'page' || data.verb === 'retry' ? listAction('retry', data) : data;

/** Runs a card action; failures become the error card, with a retry of the same action. */
export async function respondToAction(input: ActionInput): Promise<AdaptiveCardJson> {
  try {
    return await dispatch(input);
  } catch (error) {
    return errorCardFor(error, input.deps.logger, { action: retryOf(input.data) });
  }
}

/**
 * Same, for an invoke: the channel gives up after about 5 s, so the upstream wait is bounded
 * and a "still working" card (with a retry) answers instead; the upstream request is aborted.
 */
export async function respondToActionWithin(deadlineMs: number, input: Omit<ActionInput, 'signal'>): Promise<AdaptiveCardJson> {
  const result = await withDeadline(deadlineMs, (signal) => respondToAction({ ...input, signal }));
  return result.done ? result.value : stillWorkingCard({ retry: retryOf(input.data) });
}
