import { describeHowOften, describeShort, describeWhat, describeWhere } from '../../alerts/describeSubscription';
import type { SubscriptionCommand } from '../../reader';
import type { Subscription } from '../../alerts/Subscription';
import { helpCard, subscribedCard, subscriptionsCard } from '../../cards';
import { clarifyCard } from '../../cards/clarifyCard';
import type { AdaptiveCardJson } from '../../cards/expand';
import { formatTime, ROW_TIME } from '../../cards/format';
import { HOUR_MS } from '../../jobs/time';
import type { MessageTurn } from './intentHandlers';
import { card } from './Reply';
import type { Outcome } from './Reply';
import type { BotDependencies } from '../BotDependencies';

type Handler<K extends SubscriptionCommand['kind']> = (
  command: Extract<SubscriptionCommand, { kind: K }>,
  turn: MessageTurn,
  deps: BotDependencies,
) => Promise<AdaptiveCardJson>;

/** The subscriptions list card of a conversation, with a note about what just happened. */
export async function subscriptionsListCard(
  deps: BotDependencies,
  conversationId: string,
  timeZone: string,
  note?: string,
): Promise<AdaptiveCardJson> {
  const { subscriptions, settings } = deps.alerts;
  const now = deps.now();
  const [list, mutes] = await Promise.all([subscriptions.list(conversationId), subscriptions.activeMutes(now)]);
  const how = (s: Subscription) =>
    [s.enabled ? describeHowOften(s, settings) : `disabled: ${s.disabledReason ?? 'unknown reason'}`, `by ${s.createdBy}`].join(' · ');
  return subscriptionsCard({
    rows: list.map((s) => ({ id: s.id, what: describeShort(s, settings), how: how(s) })),
    mutes: mutes
      .filter((m) => m.conversationId === conversationId)
      .map((m) => `${m.organizationName} muted until ${formatTime(m.until, timeZone, ROW_TIME)}`),
    note,
  });
}

const handlers: { [K in SubscriptionCommand['kind']]: Handler<K> } = {
  async subscribe(command, turn, deps) {
    const { settings, subscriptions } = deps.alerts;
    const now = deps.now();
    const subscription = await subscriptions.add({
      conversationId: turn.conversationId,
      kind: command.subscriptionKind,
      filter: command.filter,
      ...(command.thresholdHours !== undefined && { thresholdHours: command.thresholdHours }),
      ...(command.subscriptionKind === 'missedBackup' && command.thresholdHours === undefined && { thresholdHours: settings.rpoHours }),
      ...(command.localTime && { digest: { localTime: command.localTime, timeZone: turn.timeZone } }),
      timeZone: turn.timeZone,
      createdBy: turn.userName ?? 'someone',
      ...(turn.userId && { subscriberId: turn.userId }),
      createdAt: now.toISOString(),
    });
    return subscribedCard({
      title: `Subscribed: alert #${subscription.id}`,
      what: describeWhat(subscription, settings),
      where: describeWhere(turn.conversationType),
      howOften: describeHowOften(subscription, settings),
      hint: `“unsubscribe ${subscription.id}” stops it; “list my alerts” shows all of them.${turn.timeZoneIsFallback ? ' Times are in UTC: Teams sent no time zone (say “my time zone is Europe/Berlin” to set yours).' : ''}`,
    });
  },
  list: async (_command, turn, deps) => subscriptionsListCard(deps, turn.conversationId, turn.timeZone),
  async unsubscribe({ id }, turn, deps) {
    const removed = await deps.alerts.subscriptions.remove(turn.conversationId, id);
    return subscriptionsListCard(
      deps,
      turn.conversationId,
      turn.timeZone,
      removed ? `Unsubscribed #${id}: nothing more will be sent for it.` : `There is no alert #${id} here.`,
    );
  },
  async unsubscribeAll(_command, turn, deps) {
    const count = await deps.alerts.subscriptions.removeAll(turn.conversationId);
    return subscriptionsListCard(
      deps,
      turn.conversationId,
      turn.timeZone,
      count === 0 ? 'There were no alerts here.' : `Stopped all ${count} alert${count === 1 ? '' : 's'} of this conversation.`,
    );
  },
  async mute({ organizationId, organizationName, hours }, turn, deps) {
    const until = new Date(deps.now().getTime() + hours * HOUR_MS);
    await deps.alerts.subscriptions.mute({
      conversationId: turn.conversationId,
      organizationId,
      organizationName,
      until: until.toISOString(),
    });
    return subscribedCard({
      title: `Muted ${organizationName}`,
      what: `Nothing about ${organizationName}: no job alerts and no missed-backup alerts (digests still count it)`,
      where: describeWhere(turn.conversationType),
      howOften: `Until ${formatTime(until.toISOString(), turn.timeZone, ROW_TIME)} (${turn.timeZone}); alerts resume on their own after that`,
      hint: 'Jobs that finish during the mute are not announced afterwards: a maintenance window is quiet on purpose.',
    });
  },
  unknownOrganization: ({ name, suggestions }) =>
    Promise.resolve(helpCard({ understood: 'a subscription', unknownOrganization: { name, suggestions } })),
  // A word the subscription cannot use is asked back, never dropped to watch for more than was asked.
  clarify: ({ message }) => Promise.resolve(clarifyCard({ message, reading: 'a subscription', choices: [] })),
};

/**
 * Carries out a subscription command ("notify me about failed backups", "list my alerts",
 * "unsubscribe 2", "mute contoso for 4 hours"). Every command saves the conversation reference:
 * it is where alerts will be sent.
 */
export async function respondToSubscriptionCommand(
  command: SubscriptionCommand,
  turn: MessageTurn,
  deps: BotDependencies,
): Promise<Outcome> {
  const answer = await (handlers[command.kind] as Handler<SubscriptionCommand['kind']>)(command, turn, deps);
  return { replies: [card(answer)], reference: 'save' };
}
