import type { AppConfig } from '../../app/config';
import type { ConversationStore } from '../../bot/ConversationStore';
import { startLocalHost, type LocalHost, type LocalHostOptions } from '../../dev/startLocalHost';
import type { Simulator } from '../../simulator';
import { createTableClient } from '../../storage/createTableClient';
import { createTableConversationStore } from '../../storage/createTableConversationStore';
import { startConnector, type Connector } from './connector';
import { recordingLogger, type LogLine } from './recordingLogger';

/** Short upstream time bounds so that fault tests end quickly. */
export const TEST_SETTINGS = { AVEPOINT_TIMEOUT_MS: '500', AVEPOINT_TOTAL_TIMEOUT_MS: '2500' };

/**
 * How long a whole request through the host may take when the upstream keeps failing. The client's
 * own bound is asserted on a virtual clock (test/avepoint/client.faults.test.ts); through the host it
 * is real time, shared with the simulator, Azurite and other work on the machine, so this ceiling
 * sits far above AVEPOINT_TOTAL_TIMEOUT_MS (a loaded machine once took 1.2 s past it), yet below the
 * 10 s default total timeout and the simulator's 60 s hang, which a host that ignored the setting
 * would wait for.
 */
export const REAL_CEILING_MS = 3 * Number(TEST_SETTINGS.AVEPOINT_TOTAL_TIMEOUT_MS);

/** A public URL for the app under test, other than its loopback one: links to its jobs are unfurled. */
export const BOT_PUBLIC_BASE_URL = 'https://jobs.contoso.example';

/**
 * The AvePoint client's bounds: 'product' (the product's own, the default) so that a busy machine
 * never turns an answer into an error card; 'short' (TEST_SETTINGS) so that fault tests end quickly;
 * 'oneAttempt' (2 s, no retry) so that a fault is the error card at once while a 60 s hang still
 * outlasts a shorter invoke bound.
 */
const UPSTREAM = {
  short: { settings: TEST_SETTINGS },
  oneAttempt: { settings: { AVEPOINT_TIMEOUT_MS: '2000', AVEPOINT_TOTAL_TIMEOUT_MS: '3000' }, retryPolicy: { maxAttempts: 1 } },
  product: { settings: {} },
} as const;

export interface TestHostOptions extends Partial<Omit<LocalHostOptions, 'settings' | 'configure'>> {
  settings?: Record<string, string | undefined>;
  upstream?: keyof typeof UPSTREAM;
  /** The bot's settings no environment variable carries: the connector token, the invoke bound. */
  bot?: Pick<AppConfig['bot'], 'connectorToken' | 'invokeTimeoutMs'>;
}

export type TestHost = LocalHost & {
  logs: LogLine[];
  /** `${url}/${routePrefix}/messages`: the bot. */
  messagesUrl: string;
  /** A second view on the bot's conversations table, to check what it stored. */
  conversations: ConversationStore;
};

/**
 * The one way tests start the product: `npm start`'s local host (the same function registrations,
 * compose.ts, the embedded simulator and Azurite unless the settings point elsewhere) on a free
 * loopback port, its log kept in `logs`.
 */
export async function startTestHost(options: TestHostOptions = {}): Promise<TestHost> {
  const { upstream = 'product', bot, ...rest } = options;
  const bounds: { settings: Record<string, string>; retryPolicy?: { maxAttempts: number } } = UPSTREAM[upstream];
  const logs: LogLine[] = [];
  const host = await startLocalHost({
    port: 0,
    logger: recordingLogger(logs),
    ...rest,
    settings: { ...bounds.settings, ...options.settings },
    configure: (config) => ({
      ...config,
      bot: { ...config.bot, ...bot },
      avepoint: { ...config.avepoint, ...(bounds.retryPolicy && { retryPolicy: bounds.retryPolicy }) },
    }),
  });
  return {
    ...host,
    logs,
    messagesUrl: `${host.url}/${host.routePrefix}/messages`,
    conversations: createTableConversationStore(createTableClient(host.app.config.storage, 'conversations')),
  };
}

/** A test host with the embedded simulator (no AVEPOINT_GRAPH_URL given). */
export type SimulatedTestHost = TestHost & { simulator: Simulator };

/**
 * For one test file: a host over the embedded simulator and a connector shared by all its tests,
 * started before the first and closed after the last; the posts the connector saw and the simulator's
 * faults are cleared before and after each test.
 */
export function useTestHost(options: TestHostOptions = {}): { readonly host: SimulatedTestHost; readonly connector: Connector } {
  const started = {} as { host: SimulatedTestHost; connector: Connector };
  beforeAll(async () => {
    started.connector = await startConnector();
    const host = await startTestHost(options);
    if (!host.simulator) throw new Error('expected the embedded simulator');
    started.host = host as SimulatedTestHost;
    // Simulator, Azurite and the host take 5–20 s on two busy cores.
  }, 60_000);
  afterAll(async () => {
    await started.host?.close();
    await started.connector?.close();
  });
  // Before and after: a describe's beforeAll runs between one test's afterEach and the next one's beforeEach.
  const clear = () => {
    started.connector.posted.length = 0;
    started.host.simulator.faults.clear();
  };
  beforeEach(clear);
  afterEach(clear);
  return started;
}
