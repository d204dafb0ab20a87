import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { compose, type ComposedApp } from '../app/compose';
import { warmUpWhenIdle } from '../app/warmUpWhenIdle';
import { loadConfig, type AppConfig } from '../app/config';
import { registrations } from '../functions/registrations';
import { createConsoleLogger } from '../app/consoleLogger';
import type { Logger } from '../shared/Logger';
import { startSimulator, type Simulator } from '../simulator';
import { startAzurite } from './azurite';
import { createRequestListener } from './createRequestListener';
import { readRoutePrefix } from './localSettings';
import { projectRoot } from './projectRoot';

/** Where a started service can be reached, for the banner (e.g. the Playground's chat window). */
export interface ServiceLink {
  /** What it is, e.g. "Chat window (Microsoft 365 Agents Playground)". */
  name: string;
  url: string;
}

/** A local service started by the host; `link` when it has a page worth printing. */
export interface LocalService {
  link?: ServiceLink;
  close(): Promise<void>;
}

/** What a service is given once the host listens: where the host is (e.g. the bot at `${url}/${routePrefix}/messages`). */
export interface ServiceHost {
  url: string;
  routePrefix: string;
}

export interface LocalHostOptions {
  /** Settings as the host would see them (local.settings.json Values + environment); never read here from process.env. */
  settings: Record<string, string | undefined>;
  /** Default 7071; 0 = a free port. */
  port?: number;
  /** With the embedded simulator: which of its pre-registered apps to sign in as (default secret). */
  simulatorCredential?: 'secret' | 'certificate';
  simulatorSeed?: number;
  /** Where a started Azurite keeps its data; default in memory (tests: fresh storage each time). */
  storageLocation?: string;
  logger?: Logger;
  now?: () => Date;
  /** What tests set that no environment variable carries (the connector token, retry and invoke bounds). */
  configure?: (config: AppConfig) => AppConfig;
  /**
   * Further local services started once the host listens, stopped by close() (e.g. the
   * Microsoft 365 Agents Playground from dev/playground.ts, pointed at `${url}/api/messages`).
   */
  services?: Array<(host: ServiceHost) => Promise<LocalService>>;
}

export interface LocalHost {
  /** e.g. http://127.0.0.1:7071 */
  url: string;
  routePrefix: string;
  /** The embedded simulator, when AVEPOINT_GRAPH_URL was unset. */
  simulator?: Simulator;
  /** Whether Azurite was started (AzureWebJobsStorage unset or UseDevelopmentStorage=true). */
  azurite: boolean;
  /** Where that Azurite keeps its data; absent = in memory. */
  storageLocation?: string;
  /** Links reported by the started `services`, in start order. */
  links: ServiceLink[];
  app: ComposedApp;
  close(): Promise<void>;
}

type Listener = ReturnType<typeof createRequestListener>;

const needsAzurite = (settings: Record<string, string | undefined>) =>
  !settings.AzureWebJobsStorage__tableServiceUri &&
  (!settings.AzureWebJobsStorage || /UseDevelopmentStorage=true/i.test(settings.AzureWebJobsStorage));

/**
 * The whole product on 127.0.0.1: the same registrations Azure serves, plus the embedded simulator
 * and Azurite when the settings do not point elsewhere. Everything started is stopped by close().
 */
export async function startLocalHost(options: LocalHostOptions): Promise<LocalHost> {
  const settings = { ...options.settings };
  const closers: Array<() => Promise<void>> = [];
  const close = async () => {
    for (const stop of closers.splice(0).reverse()) await stop().catch(() => undefined);
  };
  // Each start registers its stop once it is up, so close() stops whatever started even when another failed.
  const started = async <T extends { close(): Promise<void> }>(starting: Promise<T>): Promise<T> => {
    const service = await starting;
    closers.push(() => service.close());
    return service;
  };
  try {
    const server = createServer();
    // Keep-alive sockets would hold close() open.
    closers.push(() => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))));
    // Listening first tells the port, and so the URL that links in responses start with and the Playground calls.
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 7071, '127.0.0.1', () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    const url = `http://127.0.0.1:${port}`;
    const routePrefix = readRoutePrefix(projectRoot());
    // A request that comes before the app is composed waits for it.
    let answerWith!: (listener: Listener) => void;
    const listening = new Promise<Listener>((resolve) => (answerWith = resolve));
    server.on('request', (request, response) => void listening.then((listener) => listener(request, response)));

    // Simulator, Azurite and services (each seconds, mostly another process starting) start side by side.
    const azurite = needsAzurite(settings);
    const simulatorStart = settings.AVEPOINT_GRAPH_URL
      ? undefined
      : started(startSimulator({ now: options.now, seed: options.simulatorSeed }));
    const storageStart = azurite ? started(startAzurite({ location: options.storageLocation })) : undefined;
    const serviceStarts = (options.services ?? []).map((start) => started(start({ url, routePrefix })));
    await Promise.allSettled([simulatorStart, storageStart, ...serviceStarts]);
    const simulator = await simulatorStart;
    if (simulator) {
      const credential =
        options.simulatorCredential === 'certificate'
          ? {
              AVEPOINT_CLIENT_ID: simulator.clients.certificate.clientId,
              AVEPOINT_CLIENT_CERTIFICATE: simulator.clients.certificate.pem,
              AVEPOINT_CLIENT_SECRET: undefined,
            }
          : {
              AVEPOINT_CLIENT_ID: simulator.clients.secret.clientId,
              AVEPOINT_CLIENT_SECRET: simulator.clients.secret.clientSecret,
              AVEPOINT_CLIENT_CERTIFICATE: undefined,
            };
      Object.assign(settings, { AVEPOINT_GRAPH_URL: simulator.url, AVEPOINT_TOKEN_URL: simulator.tokenUrl }, credential);
    }
    const storage = await storageStart;
    if (storage) settings.AzureWebJobsStorage = storage.connectionString;
    const links: ServiceLink[] = [];
    for (const serviceStart of serviceStarts) {
      const { link } = await serviceStart;
      if (link) links.push(link);
    }

    const logger = options.logger ?? createConsoleLogger();
    settings.PUBLIC_BASE_URL ??= url;
    const config = loadConfig(settings);
    const app = compose(options.configure ? options.configure(config) : config, { loopbackOnly: true, logger, now: options.now });
    closers.push(() => app.close());
    // As in Azure (functions/index.ts): the bot is built a moment after start-up, not by the first message.
    const warmUp = warmUpWhenIdle(() => app.prepare());
    closers.push(() => warmUp.stop());
    answerWith(createRequestListener(registrations(app), routePrefix, logger, new URL(app.config.publicBaseUrl).hostname));
    return {
      url,
      routePrefix,
      simulator,
      azurite,
      ...(azurite && options.storageLocation && { storageLocation: options.storageLocation }),
      links,
      app,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
