import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { compose, type ComposedApp } from '../app/compose';
import { loadConfig } from '../app/config';
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
  try {
    let simulator: Simulator | undefined;
    if (!settings.AVEPOINT_GRAPH_URL) {
      simulator = await startSimulator({ now: options.now, seed: options.simulatorSeed });
      closers.push(() => simulator!.close());
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
    const azurite = needsAzurite(settings);
    if (azurite) {
      const storage = await startAzurite({ location: options.storageLocation });
      closers.push(() => storage.close());
      settings.AzureWebJobsStorage = storage.connectionString;
    }
    const logger = options.logger ?? createConsoleLogger();
    const server = createServer();
    // Keep-alive sockets would hold close() open.
    closers.push(() => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))));
    // Listening first tells the port, and so the URL that links in responses start with.
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 7071, '127.0.0.1', () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    const url = `http://127.0.0.1:${port}`;
    settings.PUBLIC_BASE_URL ??= url;
    const app = compose(loadConfig(settings), { loopbackOnly: true, logger, now: options.now });
    closers.push(() => app.close());
    const routePrefix = readRoutePrefix(projectRoot());
    const listener = createRequestListener(registrations(app), routePrefix, logger, new URL(app.config.publicBaseUrl).hostname);
    server.on('request', (request, response) => void listener(request, response));
    const links: ServiceLink[] = [];
    for (const start of options.services ?? []) {
      const service = await start({ url, routePrefix });
      closers.push(() => service.close());
      if (service.link) links.push(service.link);
    }
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
