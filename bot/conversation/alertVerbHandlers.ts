import { alertCard } from '../../cards';
import type { CardActionData } from '../../cards/actions';
import type { AdaptiveCardJson } from '../../cards/expand';
import { subscriptionsListCard } from './subscriptionCommands';
import type { ActionInput } from './verbHandlers';

type Input<Verb extends CardActionData['verb']> = ActionInput & { data: Extract<CardActionData, { verb: Verb }> };

/** Acknowledge redraws the alert from its own data, saying who and when; Unsubscribe redraws the list without it. */
export const alertVerbHandlers = {
  acknowledge: ({ data, userName, deps }: Input<'acknowledge'>): Promise<AdaptiveCardJson> =>
    Promise.resolve(alertCard(data.alert, { by: userName ?? 'someone', at: deps.now() })),
  async unsubscribe({ data, conversationId, timeZone, deps }: Input<'unsubscribe'>): Promise<AdaptiveCardJson> {
    const { alerts } = deps;
    if (!alerts) throw new Error('Alerts are not configured');
    const removed = await alerts.subscriptions.remove(conversationId, data.subscriptionId);
    const note = removed
      ? `Unsubscribed #${data.subscriptionId}: nothing more will be sent for it.`
      : `Alert #${data.subscriptionId} was already gone.`;
    return subscriptionsListCard({ ...deps, alerts }, conversationId, timeZone, note);
  },
};
