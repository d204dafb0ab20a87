import { understand } from '../../jobs/understand';
import { errorCardFor } from './errorCardFor';
import { intentHandlers } from './intentHandlers';
import type { MessageTurn } from './intentHandlers';
import { card } from './Reply';
import type { Reply } from './Reply';
import type { TurnDeps } from './TurnDeps';

/**
 * Reads the sentence and answers through the intent table. Never throws: failures become cards.
 * What fails here comes before any query exists (the organisation names): "Try again" sends the sentence again.
 */
export async function respondToMessage(turn: MessageTurn, deps: TurnDeps): Promise<Reply[]> {
  try {
    const organizations = await deps.jobs.organizations();
    const understood = understand(turn.text, {
      now: deps.now(),
      timeZone: turn.timeZone,
      locale: turn.locale,
      organizations,
    });
    return await intentHandlers[understood.intent]({ turn, understood, deps });
  } catch (error) {
    return [card(errorCardFor(error, deps.logger, { sentence: turn.text }))];
  }
}
