import { cardTemplate } from './expand';
import type { AdaptiveCardJson } from './expand';
import { displayText } from './text';
import template from './templates/subscriptions.json';

export interface SubscriptionRow {
  id: number;
  /** e.g. "#2 · Each new failed backup job of Contoso". */
  what: string;
  /** e.g. "checked every 5 minutes · since 28 Nov 12:00 · by Ada Admin". */
  how: string;
}

export interface SubscriptionsInput {
  rows: SubscriptionRow[];
  /** Running mutes, e.g. "Contoso muted until 28 Nov 16:00". */
  mutes: string[];
  /** A line about what just happened, e.g. "Unsubscribed #2.". */
  note?: string;
}

interface SubscriptionsData {
  title: string;
  hasNote: boolean;
  note: string;
  empty: boolean;
  rows: { what: string; how: string; data: { subscriptionId: number } }[];
  hasMutes: boolean;
  mutes: string;
}

const subscriptions = cardTemplate<SubscriptionsData>(template);

/** Pure: the subscriptions list card's data. */
export const subscriptionsData = ({ rows, mutes, note }: SubscriptionsInput): SubscriptionsData => ({
  title: rows.length === 0 ? 'No alerts in this conversation' : `Alerts in this conversation (${rows.length})`,
  hasNote: note !== undefined,
  note: displayText(note, 200, ''),
  empty: rows.length === 0,
  rows: rows.map((row) => ({ what: displayText(row.what, 200), how: displayText(row.how, 200), data: { subscriptionId: row.id } })),
  hasMutes: mutes.length > 0,
  mutes: mutes.map((m) => displayText(m, 120)).join(' · '),
});

/** Each subscription with an Unsubscribe button (Action.Execute: the card is redrawn without it). */
export const subscriptionsCard = (input: SubscriptionsInput): AdaptiveCardJson => subscriptions.expand(subscriptionsData(input));
