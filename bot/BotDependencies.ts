import type { AlertsSettings } from '../alerts/AlertsSettings';
import type { ConversationReferenceStore, DeliveryStore, SubscriptionStore } from '../alerts/ports';
import type { SummaryService } from '../jobs/createSummaryService';
import type { JobsService } from '../jobs/JobsService';
import type { Understand } from '../reader/types';
import type { Logger } from '../shared/Logger';
import type { BotSettings } from './BotSettings';
import type { ConversationStore } from './ConversationStore';
import type { UserTimeZoneStore } from './UserTimeZoneStore';

/** Below Teams' ~5 s invoke timeout, leaving room for the card to travel back. */
export const DEFAULT_INVOKE_TIMEOUT_MS = 4_000;

/**
 * Everything the bot is given, declared once: app/compose.ts builds it and every layer passes it on
 * unchanged (a handler that needs less takes a Pick of it).
 */
export interface BotDependencies {
  settings: BotSettings;
  jobs: JobsService;
  summaries: SummaryService;
  understand: Understand;
  conversations: ConversationStore;
  /** Zones users set for themselves. */
  userZones: UserTimeZoneStore;
  /** Subscription commands, Acknowledge, and where proactive alerts go. */
  alerts: {
    subscriptions: SubscriptionStore;
    /** Read only: what a sent alert card showed, for Acknowledge. */
    deliveries: Pick<DeliveryStore, 'get'>;
    references: ConversationReferenceStore;
    settings: AlertsSettings;
  };
  logger: Logger;
  now: () => Date;
  /** The app's public URL (PUBLIC_BASE_URL): links to its own jobs are unfurled. */
  publicBaseUrl: string;
  /** True only when the host listens on loopback: required to run without an app id (no authentication). */
  loopbackOnly: boolean;
}

/** Upper bound on the upstream wait while answering an invoke (Teams gives up after about 5 s). */
export const invokeTimeoutOf = (settings: BotSettings): number => settings.invokeTimeoutMs ?? DEFAULT_INVOKE_TIMEOUT_MS;
