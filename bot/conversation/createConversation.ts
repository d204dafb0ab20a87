import { isTenantAllowed } from '../../alerts/isTenantAllowed';
import type { BotDependencies } from '../BotDependencies';
import { helpCard, refusalCard, welcomeCard, withoutImBack } from '../../cards';
import type { Incoming, IncomingKind } from './Incoming';
import { card } from './Reply';
import type { Outcome } from './Reply';
import { invokeRoutes, NOT_IMPLEMENTED } from './invokeRoutes';
import { readSubmitData, respondToAction } from './respondToAction';
import { respondToMessage } from './respondToMessage';
import { withUserZone, zoneOffer } from './userTimeZone';

/** The whole conversation behaviour, free of any bot SDK: an activity in, replies and an invoke answer out. */
export interface Conversation {
  respond(incoming: Incoming): Promise<Outcome>;
}

/** Conversations an instance remembers having saved the reference of (a bound on memory; forgetting only costs a write). */
const SPOKEN_MAX = 10_000;

type KindHandlers = { [Kind in IncomingKind]: (incoming: Extract<Incoming, { kind: Kind }>, deps: BotDependencies) => Promise<Outcome> };

/** One handler per kind of activity; `respond` dispatches through this table only. */
const kindHandlers: KindHandlers = {
  message: (turn, deps) => respondToMessage(turn, deps),
  async submit({ value, conversationId, timeZone, timeZoneIsFallback }, deps) {
    const data = readSubmitData(value);
    // A button this bot no longer understands (an old card, another app's data): the user clicked
    // and waits, so say what the bot can do rather than nothing.
    if (!data) return { replies: [card(helpCard())] };
    return { replies: [card(await respondToAction({ data, conversationId, timeZone, timeZoneIsFallback, deps }))] };
  },
  async action(turn, deps) {
    const route = invokeRoutes.get(turn.name);
    return { replies: [], invoke: route ? await route.answer(turn, deps) : NOT_IMPLEMENTED };
  },
  installed: () => Promise.resolve({ replies: [card(welcomeCard())], reference: 'save' }),
  // Proactive alerts can no longer reach it: forget where it was, and stop its subscriptions.
  async uninstalled({ conversationId }, deps) {
    const removed = await deps.alerts.subscriptions.removeAll(conversationId);
    if (removed > 0) deps.logger.info('Bot removed: subscriptions of the conversation stopped', { removed });
    return { replies: [], reference: 'remove' };
  },
  ignored: () => Promise.resolve({ replies: [] }),
};

/** Activities from tenants the bot does not serve get a refusal and no data. */
function refusal(incoming: Incoming): Outcome {
  if (incoming.kind === 'ignored' || incoming.kind === 'uninstalled') return { replies: [] };
  if (incoming.kind === 'action') return { replies: [], invoke: invokeRoutes.get(incoming.name)?.refused() ?? NOT_IMPLEMENTED };
  return { replies: [card(refusalCard())] };
}

export function createConversation(deps: BotDependencies): Conversation {
  const spoken = new Set<string>();
  const isAllowed = (tenantId: string | undefined) => isTenantAllowed(deps.settings.allowedTenants, tenantId);
  return {
    async respond(incoming) {
      const outcome = await answer(incoming);
      // Its cards cannot send imBack: there every sentence button becomes a plain Submit of the sentence.
      return incoming.fromPlayground ? withoutImBack(outcome) : outcome;
    },
  };

  async function answer(received: Incoming): Promise<Outcome> {
    if (!isAllowed(received.tenantId)) return refusal(received);
    // The zone is settled before any handler reads the sentence: the client's, else the user's own, else UTC.
    const { incoming, stored } = await withUserZone(received, deps);
    const handler = kindHandlers[incoming.kind] as (incoming: Incoming, deps: BotDependencies) => Promise<Outcome>;
    const answered = await handler(incoming, deps);
    const offer = incoming.kind === 'message' ? await zoneOffer(incoming, stored, deps, deps.now()) : undefined;
    const outcome = offer ? { ...answered, replies: [...answered.replies, offer] } : answered;
    // The first message a (this instance) sees from a conversation also keeps its reference, for alerts.
    if (incoming.kind === 'message' && !outcome.reference && !spoken.has(incoming.conversationId)) {
      if (spoken.size >= SPOKEN_MAX) spoken.clear();
      spoken.add(incoming.conversationId);
      return { ...outcome, reference: 'save' };
    }
    return outcome;
  }
}
