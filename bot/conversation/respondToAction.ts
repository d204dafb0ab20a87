import { z } from 'zod';
import { cardActionSchema } from '../../cards/actions';
import type { CardActionData } from '../../cards/actions';
import type { AdaptiveCardJson } from '../../cards/expand';
import { stillWorkingCard } from '../../cards';
import { errorCardFor } from './errorCardFor';
import type { ActionInput } from './verbHandlers';
import { verbHandlers } from './verbHandlers';
import { withDeadline } from './withDeadline';

/** Action.Execute puts its data under `value.action.data`; the Action.Submit fallback sends it as `value`. */
const invokeValueSchema = z.object({ action: z.object({ data: cardActionSchema }) });

export const readExecuteData = (value: unknown): CardActionData | undefined => invokeValueSchema.safeParse(value).data?.action.data;
export const readSubmitData = (value: unknown): CardActionData | undefined => cardActionSchema.safeParse(value).data;

type Dispatch = (input: ActionInput) => Promise<AdaptiveCardJson>;
// One dispatcher over the verb table; the cast is safe because `data.verb` selects the handler.
const dispatch: Dispatch = (input) => (verbHandlers[input.data.verb] as Dispatch)(input);

/** Runs a card action; failures become the error card, with a retry of the same list. */
export async function respondToAction(input: ActionInput): Promise<AdaptiveCardJson> {
  try {
    return await dispatch(input);
  } catch (error) {
    return errorCardFor(error, input.deps.logger, listContextOf(input.data));
  }
}

/**
 * Same, for an invoke: the channel gives up after about 5 s, so the upstream wait is bounded
 * and a "still working" card (with a retry) answers instead; the upstream request is aborted.
 */
export async function respondToActionWithin(deadlineMs: number, input: Omit<ActionInput, 'signal'>): Promise<AdaptiveCardJson> {
  const result = await withDeadline(deadlineMs, (signal) => respondToAction({ ...input, signal }));
  return result.done ? result.value : stillWorkingCard({ retry: listContextOf(input.data) });
}

const listContextOf = ({ query, reading, timeZone }: CardActionData) => ({ query, reading, timeZone });
