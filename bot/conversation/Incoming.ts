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
  /** personal, groupChat or channel, when the channel says: where alerts will be posted. */
  conversationType?: string;
}

/** The user's IANA zone from `localTimezone`, or UTC flagged as a fallback when Teams sent none (or an invalid one). */
interface Zone {
  timeZone: string;
  timeZoneIsFallback: boolean;
}

export type IncomingKind = Incoming['kind'];
