import type { AlertRunReport } from '../alerts/deliverAlerts';
import type { BotEndpoint } from '../bot/BotEndpoint';
import { createLazyAlertSender } from '../bot/createLazyAlertSender';
import { createLazyBotEndpoint } from '../bot/createLazyBotEndpoint';
import { createAvePointClient } from '../avepoint/createAvePointClient';
import { createJobsService } from '../jobs/createJobsService';
import type { UpstreamProbe } from '../jobs/JobSource';
import { createSummaryService, type SummaryService } from '../jobs/createSummaryService';
import type { JobsService } from '../jobs/JobsService';
import type { Logger } from '../shared/Logger';
import { createOrganizationDirectory, type OrganizationDirectory } from '../jobs/organizationDirectory';
import { understand } from '../reader';
import { createLazyTableClient, prepareTableStorage } from '../storage/createLazyTableClient';
import { sharedPromise } from '../shared/sharedPromise';
import { createTableConversationReferenceStore } from '../storage/createTableConversationReferenceStore';
import { createTableConversationStore } from '../storage/createTableConversationStore';
import { createTableDeliveryStore } from '../storage/createTableDeliveryStore';
import { createTableSubscriptionStore } from '../storage/createTableSubscriptionStore';
import { createTableOrganizationStore } from '../storage/createTableOrganizationStore';
import { createTableUserTimeZoneStore } from '../storage/createTableUserTimeZoneStore';
import type { AppConfig } from './config';
import { createConsoleLogger } from './consoleLogger';

export interface ComposeOptions {
  /** True for the local host on 127.0.0.1: the bot may then run without Bot Framework credentials. */
  loopbackOnly: boolean;
  logger?: Logger;
  now?: () => Date;
}

/** Everything the functions need, built once per process. */
export interface ComposedApp {
  config: AppConfig;
  now: () => Date;
  /** The AvePoint client's health probe. */
  upstream: UpstreamProbe;
  jobs: JobsService;
  summaries: SummaryService;
  organizations: OrganizationDirectory;
  understand: typeof understand;
  /** The Teams bot behind POST /api/messages, loaded on its first request. */
  bot: BotEndpoint;
  /** One run of the alerts timer. */
  deliverAlerts: () => Promise<AlertRunReport>;
  /**
   * Loads and builds what start-up leaves to first use (the bot, the Table Storage SDK), so that the
   * first user does not wait for it: run by the warm-up trigger and once the instance is idle.
   */
  prepare(): Promise<void>;
  /** Ends keep-alive connections (tests, local host shutdown). */
  close(): Promise<void>;
}

/** The composition root: the only place that wires the client, the service, storage and the bot together. */
export function compose(config: AppConfig, options: ComposeOptions): ComposedApp {
  const { loopbackOnly } = options;
  const logger = options.logger ?? createConsoleLogger();
  const now = options.now ?? (() => new Date());
  // The client keeps the real clock: its timeouts must pass even when tests freeze `now`.
  const client = createAvePointClient({ ...config.avepoint, logger });
  const organizations = createOrganizationDirectory({
    client,
    store: createTableOrganizationStore(createLazyTableClient(config.storage, 'organizations')),
    now,
    logger,
  });
  const jobs = createJobsService({ client, organizations: () => organizations.list(), now });
  const summaries = createSummaryService({ source: client, organizations: () => organizations.list(), now, rpoHours: config.rpoHours });
  const subscriptions = createTableSubscriptionStore(createLazyTableClient(config.storage, 'subscriptions'));
  const references = createTableConversationReferenceStore(createLazyTableClient(config.storage, 'conversationReferences'));
  const deliveries = createTableDeliveryStore(createLazyTableClient(config.storage, 'deliveries'));
  const userZones = createTableUserTimeZoneStore(createLazyTableClient(config.storage, 'userTimeZones'));
  const sender = createLazyAlertSender({ settings: config.bot });
  // Loaded on the timer's first run, with the card rendering it needs (app/runAlerts.ts says why).
  const alertRun = async () =>
    (await import('./runAlerts')).runAlerts({
      subscriptions,
      deliveries,
      references,
      sender,
      jobs,
      summaries,
      settings: config.alerts,
      subscriberZones: userZones,
      now,
      logger,
    });
  const bot = createLazyBotEndpoint({
    settings: config.bot,
    jobs,
    summaries,
    understand,
    conversations: createTableConversationStore(createLazyTableClient(config.storage, 'conversations')),
    logger,
    now,
    publicBaseUrl: config.publicBaseUrl,
    loopbackOnly,
    userZones,
    alerts: { subscriptions, deliveries, references, settings: config.alerts },
  });
  return {
    config,
    now,
    upstream: client,
    jobs,
    summaries,
    organizations,
    understand,
    bot,
    deliverAlerts: alertRun,
    // The warm-up trigger and the start-up timer may both call it: the work is done once.
    prepare: sharedPromise(async () => void (await Promise.all([bot.prepare(), prepareTableStorage()])), 'failed'),
    close: () => client.close(),
  };
}
