import type { SubscriberZones } from '../alerts/ports';

/** What the bot keeps about one user's zone. */
export interface UserTimeZone {
  /** The IANA zone the user set; absent until they do. */
  timeZone?: string;
  /** ISO 8601 UTC: when the bot offered to set it (it offers once). */
  offeredAt?: string;
}

/**
 * Per user (Entra object id, else the channel's user id), across conversations, in durable storage:
 * the zone for clients that send none (Microsoft 365 Agents Playground, some Teams clients).
 */
export interface UserTimeZoneStore extends SubscriberZones {
  get(userId: string): Promise<UserTimeZone | undefined>;
  setTimeZone(userId: string, timeZone: string): Promise<void>;
  markOffered(userId: string, at: Date): Promise<void>;
}
