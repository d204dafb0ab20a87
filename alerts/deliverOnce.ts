import type { AdaptiveCardJson } from '../cards';
import type { Logger } from '../shared/Logger';
import type {
  AlertSender,
  ConversationReferenceStore,
  DeliveryKey,
  DeliveryStore,
  SendOutcome,
  StoredReference,
  SubscriptionStore,
} from './ports';
import type { Subscription } from './Subscription';
import { errorLine } from '../shared/errorLine';

/** The ports that claim, send and record. */
export interface RunDeps {
  subscriptions: Pick<SubscriptionStore, 'disable'>;
  deliveries: DeliveryStore;
  references: ConversationReferenceStore;
  sender: AlertSender;
  logger: Logger;
}

/** What one run shares with each conversation it serves: its ports, clock, lease and tallies. */
export interface RunContext {
  deps: RunDeps;
  now: Date;
  lease: Date;
  report: { sent: number; retryLater: number; gone: number };
}

/** One conversation being served: where to post, and every subscription it holds. */
export interface Conversation {
  id: string;
  reference: StoredReference;
  subscriptions: Subscription[];
}

/** A card to send, and what the record of its first item keeps for later redraws. */
export interface Drawn {
  card: AdaptiveCardJson;
  detail?: Record<string, string>;
}

/** What became of the items: none claimed, one message sent, or given back (retry later, or the bot is gone). */
export interface Delivered<T> {
  kind: 'none' | SendOutcome['kind'];
  /** Items claimed by this run (sent, or given back when the send failed). */
  claimed: T[];
  /** Items a concurrent run holds right now: if its send fails it gives them back, so look again. */
  busy: T[];
}

/**
 * claim → send → record, the once-only protocol of every alert: claims each item's key, sends one card drawn
 * from the claimed items, and records each as sent; a failed send gives every claim back so a later run retries.
 */
export async function deliverOnce<T>(
  conversation: Conversation,
  items: T[],
  keyOf: (item: T) => DeliveryKey,
  draw: (claimed: T[]) => Drawn | Promise<Drawn>,
  run: RunContext,
): Promise<Delivered<T>> {
  const { deliveries, sender } = run.deps;
  const claims: Array<{ item: T; token: string }> = [];
  const busy: T[] = [];
  for (const item of items) {
    const result = await deliveries.claim(keyOf(item), run.lease, run.now);
    if (result.kind === 'claimed') claims.push({ item, token: result.token });
    else if (result.kind === 'busy') busy.push(item);
  }
  const claimed = claims.map((c) => c.item);
  if (claims.length === 0) return { kind: 'none', claimed, busy };

  let detail: Drawn['detail'];
  const outcome = await send(async () => {
    const drawn = await draw(claimed);
    detail = drawn.detail;
    return sender.send(conversation.reference, drawn.card);
  });
  if (outcome.kind !== 'sent') {
    await Promise.all(claims.map(({ item, token }) => deliveries.release(keyOf(item), token)));
    if (outcome.kind === 'gone') await gone(conversation, outcome.reason, run);
    else await retryLater(conversation.id, outcome, run);
    return { kind: outcome.kind, claimed, busy };
  }
  // NOTE: the one window that cannot be closed: the connector accepted the card and this record is not yet written.
  await Promise.all(
    claims.map(({ item, token }, index) => deliveries.markSent(keyOf(item), token, outcome.activityId, index === 0 ? detail : undefined)),
  );
  run.report.sent += 1;
  return { kind: 'sent', claimed, busy };
}

/** A send that throws (a bug, a card that cannot render) is retried later, never taken as delivered. */
async function send(work: () => Promise<SendOutcome>): Promise<SendOutcome> {
  try {
    return await work();
  } catch (error) {
    return { kind: 'retryLater', reason: errorLine(error) };
  }
}

async function retryLater(conversationId: string, outcome: Extract<SendOutcome, { kind: 'retryLater' }>, run: RunContext) {
  run.report.retryLater += 1;
  run.deps.logger.warn('Alert not delivered; retried by a later run', {
    reason: outcome.reason,
    retryAfterSeconds: outcome.retryAfterSeconds,
  });
  if (outcome.retryAfterSeconds !== undefined)
    await run.deps.references.deferUntil(conversationId, new Date(run.now.getTime() + outcome.retryAfterSeconds * 1000));
}

/** The bot was removed there: its subscriptions are disabled (and logged), not retried forever. */
export async function gone(conversation: Pick<Conversation, 'id' | 'subscriptions'>, reason: string, run: RunContext): Promise<void> {
  run.report.gone += 1;
  run.deps.logger.warn('Conversation unreachable; its subscriptions are disabled', {
    reason,
    subscriptions: conversation.subscriptions.map((s) => s.id),
  });
  await Promise.all(
    conversation.subscriptions.map((s) => run.deps.subscriptions.disable(s, `the bot can no longer post here (${reason})`)),
  );
  await run.deps.references.remove(conversation.id);
}
