import { MAX_LIST_ROWS } from '../../cards';
import type { Understanding } from '../../reader';
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
    const understood = await read(turn, deps);
    return await intentHandlers[understood.intent]({ turn, understood, deps });
  } catch (error) {
    return [card(errorCardFor(error, deps.logger, { sentence: turn.text }))];
  }
}

/** Queries match organisation names; help with words left over may turn out to be a name. */
const needsOrganizations = ({ intent, ignored }: Understanding): boolean =>
  intent === 'query' || intent === 'summary' || intent === 'clarify' || (intent === 'help' && ignored.length > 0);

/**
 * The sentence is read without organisation names first, so that help, greetings, paging and job
 * ids never wait for the directory (or the upstream behind it); only a sentence that may name an
 * organisation is read again with them.
 */
async function read(turn: MessageTurn, deps: TurnDeps): Promise<Understanding> {
  // A sentence asks for at most one card's rows; a larger ask is cut and the card says so.
  const context = { now: deps.now(), timeZone: turn.timeZone, locale: turn.locale, organizations: [], maxPageSize: MAX_LIST_ROWS };
  const first = deps.understand(turn.text, context);
  if (!needsOrganizations(first)) return first;
  const organizations = await deps.jobs.organizations().catch((error: unknown) => {
    // Help stays help without names; a query needs them (never widen it by dropping a name).
    if (first.intent !== 'help') throw error;
    deps.logger.warn('Organisations unavailable; answered help without them', {
      error: error instanceof Error ? error.message : String(error),
    });
    return undefined;
  });
  return organizations ? deps.understand(turn.text, { ...context, organizations }) : first;
}
