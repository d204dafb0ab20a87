import type { SubscriptionFilter, SubscriptionKind } from '../jobs/SubscriptionFilter';

/** Defined beside the job model, where the reader reads them from sentences too. */
export type { SubscriptionFilter, SubscriptionKind };

/** A local time of day in the subscriber's zone, "HH:mm". */
export interface DigestTime {
  localTime: string;
  timeZone: string;
}

/** A subscription as data: what, where (the conversation), and how far it has been delivered. */
export interface Subscription {
  conversationId: string;
  /** Small number, unique in its conversation: what "unsubscribe 2" names. */
  id: number;
  kind: SubscriptionKind;
  filter: SubscriptionFilter;
  /** missedBackup: hours without a successful backup. */
  thresholdHours?: number;
  /** digest: when. */
  digest?: DigestTime;
  /** The subscriber's zone (Teams' localTimezone), for times on cards. */
  timeZone: string;
  createdBy: string;
  /** Who subscribed (Entra object id, else the channel's user id): a zone they set later wins over `timeZone`. */
  subscriberId?: string;
  /** ISO 8601 UTC. */
  createdAt: string;
  enabled: boolean;
  disabledReason?: string;
  /** ISO 8601 UTC: everything that happened before this (minus the overlap) has been dealt with. */
  watermark: string;
}

/** What a subscribe command carries before the store numbers it. */
export type NewSubscription = Omit<Subscription, 'id' | 'enabled' | 'watermark' | 'disabledReason'>;

/** A maintenance window: nothing about this organisation in this conversation until `until`. */
export interface Mute {
  conversationId: string;
  organizationId: string;
  organizationName: string;
  /** ISO 8601 UTC. */
  until: string;
}
