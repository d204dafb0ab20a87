import type { AdaptiveCardJson } from '../cards';
import type { Mute, NewSubscription, Subscription } from './Subscription';

/** Subscriptions and mutes, partitioned by conversation (Table Storage in the app). */
export interface SubscriptionStore {
  /** Numbers the subscription (next free number in its conversation) and stores it, enabled, watermark = createdAt. */
  add(subscription: NewSubscription): Promise<Subscription>;
  list(conversationId: string): Promise<Subscription[]>;
  /** Every enabled subscription of every conversation: the timer's read. */
  listEnabled(): Promise<Subscription[]>;
  /** False when there was none with that number. */
  remove(conversationId: string, id: number): Promise<boolean>;
  /** How many were removed. */
  removeAll(conversationId: string): Promise<number>;
  /** Moves the watermark forward only (ETag-conditional; a later watermark already stored wins). */
  advanceWatermark(subscription: Pick<Subscription, 'conversationId' | 'id'>, watermark: string): Promise<void>;
  disable(subscription: Pick<Subscription, 'conversationId' | 'id'>, reason: string): Promise<void>;
  mute(mute: Mute): Promise<void>;
  /** Mutes still running at `now`, of every conversation. */
  activeMutes(now: Date): Promise<Mute[]>;
}

/** The delivery record's detail field holding what a sent alert card showed (its snapshot, JSON). */
export const ALERT_SNAPSHOT = 'alert';

/** One thing announced once per subscription: `${jobId}:${status}`, or `missed:${organizationId}` for an episode. */
export interface DeliveryKey {
  conversationId: string;
  subscriptionId: number;
  item: string;
}

/** What claiming found: ours now, or someone else's (sent already, or a live claim of a concurrent run). */
export type ClaimResult =
  { kind: 'claimed'; token: string } | { kind: 'sent'; activityId?: string; detail?: Record<string, string> } | { kind: 'busy' };

/** The once-only ledger, partitioned by subscription (Table Storage: insert-if-absent, ETag-conditional updates). */
export interface DeliveryStore {
  /** Claims `key` until `leaseUntil` (insert-if-absent; an expired claim of a crashed run is taken over). */
  claim(key: DeliveryKey, leaseUntil: Date, now: Date): Promise<ClaimResult>;
  /** Records the send of a claim we hold; `detail` is kept for later in-place updates. */
  markSent(key: DeliveryKey, token: string, activityId: string | undefined, detail?: Record<string, string>): Promise<void>;
  /** Gives a claim back so that a later run retries it. */
  release(key: DeliveryKey, token: string): Promise<void>;
  /** What was sent for `key`, if anything. */
  get(key: DeliveryKey): Promise<{ activityId?: string; detail?: Record<string, string> } | undefined>;
  /** Forgets a sent key (a resolved missed-backup episode, so that a new one can open). */
  forget(key: DeliveryKey): Promise<void>;
}

/** The zone a user set for themselves ("my time zone is Europe/Berlin"), which wins over the one a subscription kept. */
export interface SubscriberZones {
  timeZoneOf(userId: string): Promise<string | undefined>;
}

/** A conversation reference as botbuilder builds it; stored as JSON, opaque to alerts/. */
export type StoredReference = Record<string, unknown>;

/** Where proactive messages go, per conversation (saved on install and when spoken to, removed on uninstall). */
export interface ConversationReferenceStore {
  save(conversationId: string, reference: StoredReference): Promise<void>;
  get(conversationId: string): Promise<{ reference: StoredReference; notBefore?: string } | undefined>;
  remove(conversationId: string): Promise<void>;
  /** Honours a connector's Retry-After across runs. */
  deferUntil(conversationId: string, notBefore: Date): Promise<void>;
}

/** What a send came to, connector errors mapped once. */
export type SendOutcome =
  | { kind: 'sent'; activityId?: string }
  | { kind: 'retryLater'; retryAfterSeconds?: number; reason: string }
  | { kind: 'gone'; reason: string };

/** Proactive messaging (botbuilder's continueConversationAsync in the app). */
export interface AlertSender {
  send(reference: StoredReference, card: AdaptiveCardJson): Promise<SendOutcome>;
  update(reference: StoredReference, activityId: string, card: AdaptiveCardJson): Promise<SendOutcome>;
}
