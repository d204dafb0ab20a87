/** An activity reduced to what the conversation logic needs; produced by readIncoming. */
export type Incoming =
  | (Common & Zone & { kind: 'message'; text: string; locale?: string })
  | (Common & Zone & { kind: 'submit'; value: unknown })
  | (Common & Zone & { kind: 'action'; name: string; value: unknown; locale?: string })
  | (Common & { kind: 'installed' })
  | (Common & { kind: 'uninstalled' })
  | (Common & { kind: 'ignored' });

interface Common {
  conversationId: string;
  /** Entra tenant the activity came from, when the channel says. */
  tenantId?: string;
  /** Who sent it (display name), for "acknowledged by" and "created by". */
  userName?: string;
  /** Who sent it (Entra object id, else the channel's user id): whose stored settings apply. */
  userId?: string;
  /** personal, groupChat or channel, when the channel says: where alerts will be posted. */
  conversationType?: string;
  /** Sent by Microsoft 365 Agents Playground, which cannot send imBack buttons: its sentence buttons must be plain Submits. */
  fromPlayground?: true;
}

/**
 * The user's IANA zone: the client's `localTimezone`, else the zone the user set ("my time zone is …"),
 * else UTC flagged as a fallback.
 */
interface Zone {
  timeZone: string;
  timeZoneIsFallback: boolean;
}

export type IncomingKind = Incoming['kind'];
