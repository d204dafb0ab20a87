import { createTableClient } from '../../../storage/createTableClient';
import { createTableConversationStore } from '../../../storage/createTableConversationStore';
import { startLocalHost } from '../../../dev/startLocalHost';
import type { Logger } from '../../../shared/Logger';
import type { BotHost, LogEntry } from './botHost';
import { startConnector, type Connector } from './connector';

/**
 * The whole product as `npm start` runs it (the facade's local host: the same function
 * registrations, compose.ts, the embedded simulator and Azurite), seen through the BotHost shape.
 */
export async function startProductHost(options: { now: Date; settings?: Record<string, string> }): Promise<BotHost> {
  const logs: LogEntry[] = [];
  const logger: Logger = {
    info: (message, properties) => logs.push({ level: 'info', message, properties }),
    warn: (message, properties) => logs.push({ level: 'warn', message, properties }),
    error: (message, properties) => logs.push({ level: 'error', message, properties }),
  };
  const host = await startLocalHost({ settings: { ...options.settings }, port: 0, simulatorSeed: 7, logger, now: () => options.now });
  if (!host.simulator) throw new Error('expected the embedded simulator');
  return {
    messagesUrl: `${host.url}/${host.routePrefix}/messages`,
    simulator: host.simulator,
    // A second view on the same table, to check what the bot stored.
    conversations: createTableConversationStore(createTableClient(host.app.config.storage, 'conversations')),
    logs,
    close: () => host.close(),
  };
}

/**
 * For one test file: the product host and a connector shared by all its tests, started before the
 * first and closed after the last; the posts the connector saw are cleared before each test.
 */
export function useProductHost(options: Parameters<typeof startProductHost>[0]): { readonly host: BotHost; readonly connector: Connector } {
  const started = {} as { host: BotHost; connector: Connector };
  beforeAll(async () => {
    started.connector = await startConnector();
    started.host = await startProductHost(options);
  });
  afterAll(async () => {
    await started.host?.close();
    await started.connector?.close();
  });
  beforeEach(() => {
    started.connector.posted.length = 0;
  });
  return started;
}
