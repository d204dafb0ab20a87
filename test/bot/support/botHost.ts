import { understand } from '../../../reader';
import { createServer } from 'node:http';
import { HttpRequest, InvocationContext } from '@azure/functions';
import { createTableClient } from '../../../storage/createTableClient';
import type { AppConfig } from '../../../app/config';
import { createAvePointClient } from '../../../avepoint/createAvePointClient';
import { createBotEndpoint } from '../../../bot/createBotEndpoint';
import { createTableConversationStore } from '../../../storage/createTableConversationStore';
import type { ConversationStore } from '../../../bot/ConversationStore';
import { messagesHandler } from '../../../functions/messages';
import { createJobsService } from '../../../jobs/createJobsService';
import { createSummaryService } from '../../../jobs/createSummaryService';
import type { JobsService } from '../../../jobs/JobsService';
import type { Logger } from '../../../shared/Logger';
import { startSimulator } from '../../../simulator';
import type { Simulator } from '../../../simulator';
import { startAzurite } from '../../../dev/azurite';
import type { Azurite } from '../../../dev/azurite';
import { listen, readBody } from './listen';
import { nothingKept } from './conversationFakes';

/** The public URL the bot under test is published at: links to its jobs are unfurled. */
export const BOT_PUBLIC_BASE_URL = 'https://jobs.contoso.example';

export interface LogEntry {
  level: 'info' | 'warn' | 'error';
  message: string;
  properties?: Record<string, unknown>;
}

export interface BotHost {
  /** `http://127.0.0.1:<port>/api/messages`. */
  messagesUrl: string;
  simulator: Simulator;
  conversations: ConversationStore;
  logs: LogEntry[];
  close(): Promise<void>;
}

export interface BotHostOptions {
  now: Date;
  settings?: Partial<AppConfig['bot']>;
  invokeTimeoutMs?: number;
}

/**
 * The bot as the Functions host runs it, minus the host: node:http → HttpRequest →
 * messagesHandler → createBotEndpoint, over the simulator, the real AvePoint client and Azurite.
 */
export async function startBotHost(options: BotHostOptions): Promise<BotHost> {
  const now = () => options.now;
  const logs: LogEntry[] = [];
  const logger: Logger = {
    info: (message, properties) => logs.push({ level: 'info', message, properties }),
    warn: (message, properties) => logs.push({ level: 'warn', message, properties }),
    error: (message, properties) => logs.push({ level: 'error', message, properties }),
  };
  const simulator = await startSimulator({ now, seed: 7 });
  const azurite: Azurite = await startAzurite();
  const client = createAvePointClient({
    baseUrl: simulator.url,
    dialect: 'graph',
    tokenUrl: simulator.tokenUrl,
    clientId: simulator.clients.secret.clientId,
    credential: { kind: 'secret', secret: simulator.clients.secret.clientSecret },
    scope: 'dynamics.readwrite.all',
    timeoutMs: 2_000,
    // A small retry budget: fault tests want the error card, not a long wait.
    totalTimeoutMs: 3_000,
    retryPolicy: { maxAttempts: 1 },
    logger,
  });
  const organizations = async () => [...simulator.organizations];
  const jobs: JobsService = createJobsService({ client, organizations, now });
  const summaries = createSummaryService({ source: client, organizations, now, rpoHours: 24 });
  const conversations = createTableConversationStore(
    createTableClient({ kind: 'connectionString', connectionString: azurite.connectionString }, 'conversations'),
  );
  const bot = createBotEndpoint({
    settings: { allowedTenants: [], ...options.settings },
    jobs,
    summaries,
    understand,
    conversations,
    logger,
    now,
    publicBaseUrl: BOT_PUBLIC_BASE_URL,
    loopbackOnly: true,
    invokeTimeoutMs: options.invokeTimeoutMs ?? 4_000,
    ...nothingKept,
  });
  const handler = messagesHandler(bot);
  const server = createServer(
    (request, response) =>
      void (async () => {
        const url = `http://127.0.0.1${request.url ?? '/'}`;
        if (request.method !== 'POST' || new URL(url).pathname !== '/api/messages') {
          response.writeHead(404).end();
          return;
        }
        const headers = Object.fromEntries(Object.entries(request.headers).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v]] : [])));
        const result = await handler(
          new HttpRequest({ method: 'POST', url, headers, body: { string: await readBody(request) } }),
          new InvocationContext({ logHandler: () => undefined }),
        );
        const body = result.jsonBody === undefined ? undefined : JSON.stringify(result.jsonBody);
        response.writeHead(result.status ?? 200, body === undefined ? {} : { 'content-type': 'application/json' }).end(body);
      })(),
  );
  const listening = await listen(server);
  return {
    messagesUrl: `${listening.url}/api/messages`,
    simulator,
    conversations,
    logs,
    async close() {
      await listening.close();
      await client.close();
      await simulator.close();
      await azurite.close();
    },
  };
}
