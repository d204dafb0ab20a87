import type { SummaryService } from '../../jobs/createSummaryService';
import type { JobsService } from '../../jobs/JobsService';
import type { Logger } from '../../shared/Logger';
import type { Understand } from '../../reader/types';
import type { AlertsSettings } from '../../alerts/AlertsSettings';
import type { DeliveryStore, SubscriptionStore } from '../../alerts/ports';
import type { ConversationStore } from '../ConversationStore';
import type { UserTimeZoneStore } from '../UserTimeZoneStore';

/** What subscription commands need; absent, the bot has no alerts (older composition, unit fakes). */
export interface AlertsTurnDeps {
  subscriptions: SubscriptionStore;
  /** Read only: what a sent alert card showed, for Acknowledge. */
  deliveries: Pick<DeliveryStore, 'get'>;
  settings: AlertsSettings;
}

/** What every conversation handler may use. */
export interface TurnDeps {
  jobs: JobsService;
  summaries: SummaryService;
  understand: Understand;
  conversations: ConversationStore;
  logger: Logger;
  now: () => Date;
  alerts?: AlertsTurnDeps;
  /** Zones users set for themselves; without it, a client that sends no zone gets UTC. */
  userZones?: UserTimeZoneStore;
}
