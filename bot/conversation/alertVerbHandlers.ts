import { ALERT_SNAPSHOT } from '../../alerts/ports';
import { alertCard, alertSnapshotSchema, errorCard } from '../../cards';
import type { AdaptiveCardJson, CardActionData } from '../../cards';
import { subscriptionsListCard } from './subscriptionCommands';
import type { ActionInput } from './verbHandlers';

type Input<Verb extends CardActionData['verb']> = ActionInput & { data: Extract<CardActionData, { verb: Verb }> };

/**
 * Acknowledge redraws the alert as the run stored it (looked up in the clicking conversation only),
 * saying who and when; Unsubscribe redraws the list without it.
 */
export const alertVerbHandlers = {
  async acknowledge({ data, conversationId, userName, deps }: Input<'acknowledge'>): Promise<AdaptiveCardJson> {
    const sent = await deps.alerts.deliveries.get({ conversationId, subscriptionId: data.subscriptionId, item: data.item });
    const stored = sent?.detail?.[ALERT_SNAPSHOT];
    const snapshot = stored === undefined ? undefined : alertSnapshotSchema.safeParse(JSON.parse(stored)).data;
    if (!snapshot) return errorCard({ kind: 'notFound', message: 'I have no record of this alert in this conversation.' });
    return alertCard(snapshot, { by: userName ?? 'someone', at: deps.now() });
  },
  async unsubscribe({ data, conversationId, timeZone, deps }: Input<'unsubscribe'>): Promise<AdaptiveCardJson> {
    const removed = await deps.alerts.subscriptions.remove(conversationId, data.subscriptionId);
    const note = removed
      ? `Unsubscribed #${data.subscriptionId}: nothing more will be sent for it.`
      : `Alert #${data.subscriptionId} was already gone.`;
    return subscriptionsListCard(deps, conversationId, timeZone, note);
  },
};
