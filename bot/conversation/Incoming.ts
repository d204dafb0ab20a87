/** An activity reduced to what the conversation logic needs; produced by readIncoming. */
export type Incoming =
  | (Common & { kind: 'message'; text: string; timeZone: string; timeZoneIsFallback: boolean; locale?: string })
  | (Common & { kind: 'submit'; value: unknown; timeZoneIsFallback: boolean })
  | (Common & { kind: 'action'; name: string; value: unknown; timeZoneIsFallback: boolean })
  | (Common & { kind: 'installed' })
  | (Common & { kind: 'ignored' });

interface Common {
  conversationId: string;
  /** Entra tenant the activity came from, when the channel says. */
  tenantId?: string;
}

export type IncomingKind = Incoming['kind'];
