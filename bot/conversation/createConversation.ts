import { helpCard, refusalCard, welcomeCard } from '../../cards';
import type { Incoming, IncomingKind } from './Incoming';
import { card } from './Reply';
import type { Outcome } from './Reply';
import { invokeRoutes, NOT_IMPLEMENTED } from './invokeRoutes';
import type { InvokeDeps } from './invokeRoutes';
import { readSubmitData, respondToAction } from './respondToAction';
import { respondToMessage } from './respondToMessage';
import { respondToSubscriptionCommand } from './subscriptionCommands';

export interface ConversationDeps extends InvokeDeps {
  /** Entra tenant ids served; empty = every tenant. */
  allowedTenants: string[];
}

/** The whole conversation behaviour, free of any bot SDK: an activity in, replies and an invoke answer out. */
export interface Conversation {
  respond(incoming: Incoming): Promise<Outcome>;
}

/** Conversations an instance remembers having saved the reference of (a bound on memory; forgetting only costs a write). */
const SPOKEN_MAX = 10_000;

type KindHandlers = { [Kind in IncomingKind]: (incoming: Extract<Incoming, { kind: Kind }>, deps: ConversationDeps) => Promise<Outcome> };

/** One handler per kind of activity; `respond` dispatches through this table only. */
const kindHandlers: KindHandlers = {
  message: async (turn, deps) => (await respondToSubscriptionCommand(turn, deps)) ?? { replies: await respondToMessage(turn, deps) },
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
    const removed = (await deps.alerts?.subscriptions.removeAll(conversationId)) ?? 0;
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

export function createConversation(deps: ConversationDeps): Conversation {
  const allowed = new Set(deps.allowedTenants.map((id) => id.toLowerCase()));
  const spoken = new Set<string>();
  const isAllowed = (tenantId: string | undefined) => allowed.size === 0 || (tenantId !== undefined && allowed.has(tenantId.toLowerCase()));
  return {
    async respond(incoming) {
      if (!isAllowed(incoming.tenantId)) return refusal(incoming);
      const handler = kindHandlers[incoming.kind] as (incoming: Incoming, deps: ConversationDeps) => Promise<Outcome>;
      const outcome = await handler(incoming, deps);
      // The first message a (this instance) sees from a conversation also keeps its reference, for alerts.
      if (deps.alerts && incoming.kind === 'message' && !outcome.reference && !spoken.has(incoming.conversationId)) {
        if (spoken.size >= SPOKEN_MAX) spoken.clear();
        spoken.add(incoming.conversationId);
        return { ...outcome, reference: 'save' };
      }
      return outcome;
    },
  };
}
