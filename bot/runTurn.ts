import { ActivityTypes, CardFactory, MessageFactory, TurnContext as Turn } from 'botbuilder';
import type { Activity, TurnContext } from 'botbuilder';
import type { BotDependencies } from './BotDependencies';
import type { Conversation } from './conversation/createConversation';
import type { Incoming } from './conversation/Incoming';
import type { InvokeAnswer, Reply } from './conversation/Reply';
import { errorLine } from '../shared/errorLine';

const toActivity = (reply: Reply): Partial<Activity> =>
  reply.kind === 'card' ? MessageFactory.attachment(CardFactory.adaptiveCard(reply.card)) : MessageFactory.text(reply.text);

/** Kinds where the user waits for an answer in the chat; a card update has its own spinner. */
const showsTyping = (incoming: Incoming): boolean => incoming.kind === 'message' || incoming.kind === 'submit';

/**
 * The botbuilder edge of one turn: activity → conversation logic → posted replies.
 * Returns the invoke answer (if any) for the endpoint to send back as the HTTP response.
 */
export async function runTurn(
  context: TurnContext,
  incoming: Incoming,
  conversation: Conversation,
  deps: Pick<BotDependencies, 'alerts' | 'logger'>,
): Promise<InvokeAnswer | undefined> {
  if (showsTyping(incoming)) await context.sendActivity({ type: ActivityTypes.Typing });
  const outcome = await conversation.respond(incoming);
  if (outcome.replies.length > 0) await context.sendActivities(outcome.replies.map(toActivity));
  if (outcome.reference) await keepReference(context, incoming.conversationId, outcome.reference, deps);
  return outcome.invoke;
}

/** Stores (or drops) where proactive alerts go; a storage failure is logged, the turn already answered. */
async function keepReference(
  context: TurnContext,
  conversationId: string,
  what: 'save' | 'remove',
  { alerts, logger }: Pick<BotDependencies, 'alerts' | 'logger'>,
) {
  try {
    if (what === 'remove') await alerts.references.remove(conversationId);
    else
      await alerts.references.save(
        conversationId,
        JSON.parse(JSON.stringify(Turn.getConversationReference(context.activity))) as Record<string, unknown>,
      );
  } catch (error) {
    logger.warn('Conversation reference not stored', { what, error: errorLine(error) });
  }
}
