import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Organization } from '../jobs/model';
import { createSelfSignedCertificate } from './certificate';
import { CERTIFICATE_CLIENT_ID, createClientRegistry, SECRET_CLIENT_ID, SECRET_CLIENT_SECRET, type RegisteredClient } from './clients';
import type { SimContext, SimStats } from './context';
import { createFaults, type Faults } from './faults';
import { sendJson } from './http';
import { createJobStore } from './jobStore';
import { graphJobsRoute, legacyJobsRoute } from './jobsRoutes';
import { ORGANIZATIONS } from './organizations';
import { createRandom, seedFrom } from './prng';
import { simRoute } from './simRoutes';
import { createTokenStore } from './tokenStore';
import { tokenRoute } from './tokenRoute';

export interface SimulatorOptions {
  /** 0 (default) = a free port. */
  port?: number;
  /** Loopback only. */
  host?: '127.0.0.1';
  /** The data's clock: which jobs exist, run or finished (default: the wall clock). */
  now?: () => Date;
  /** The identity's clock for token expiry and assertion checks, epoch ms (default Date.now). */
  identityNow?: () => number;
  /** Seed of the generated data (default 1). */
  seed?: number;
  /** Lifetime of issued tokens (default 3600). */
  tokenLifetimeSeconds?: number;
}

export interface Simulator {
  /** Base URL for both dialects, e.g. http://127.0.0.1:50123 (no trailing slash). */
  url: string;
  /** `${url}/connect/token`. */
  tokenUrl: string;
  /** Pre-registered apps: a fixed secret client, and a certificate client with a certificate generated at start. */
  clients: {
    secret: { clientId: string; clientSecret: string };
    certificate: { clientId: string; pem: string };
  };
  registerClient(client: RegisteredClient): void;
  faults: Faults;
  /** Live counters. */
  stats: Readonly<SimStats>;
  organizations: readonly Organization[];
  close(): Promise<void>;
}

/** Starts the AvePoint simulator: identity (`/connect/token`), both GetJobs dialects, and `/_sim/*` fault control. */
export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const seed = options.seed ?? 1;
  const certificate = await createSelfSignedCertificate('AvePoint simulator client');
  const clients = createClientRegistry();
  clients.register({ clientId: SECRET_CLIENT_ID, secret: SECRET_CLIENT_SECRET });
  clients.register({ clientId: CERTIFICATE_CLIENT_ID, certificatePem: certificate.certificatePem });
  const tokens = createTokenStore(options.tokenLifetimeSeconds ?? 3600);
  const sockets = new Set<Socket>();
  const timers = new Set<{ timer: NodeJS.Timeout; resolve: () => void }>();
  const stats: SimStats = { tokenRequests: 0, apiRequests: 0, connections: 0 };
  const ctx: SimContext = {
    tokenUrl: '',
    now: options.now ?? (() => new Date()),
    identityNow: options.identityNow ?? Date.now,
    tokens,
    clients,
    store: createJobStore(seed, ORGANIZATIONS),
    faults: createFaults(createRandom(seedFrom(seed, 'faults')), () => tokens.revokeAll()),
    stats,
    injected: 0,
    sleep: (ms) =>
      new Promise<void>((resolve) => {
        const entry = { timer: setTimeout(() => (timers.delete(entry), resolve()), ms), resolve };
        timers.add(entry);
      }),
  };

  const server = createServer((req, res) => {
    route(req, res, ctx).catch(() => {
      if (!res.headersSent) sendJson(res, 500, { error: { code: 'InternalError', message: 'Simulator failure' } });
      else res.destroy();
    });
  });
  server.on('connection', (socket: Socket) => {
    stats.connections += 1;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  ctx.tokenUrl = `${url}/connect/token`;

  return {
    url,
    tokenUrl: ctx.tokenUrl,
    clients: {
      secret: { clientId: SECRET_CLIENT_ID, clientSecret: SECRET_CLIENT_SECRET },
      certificate: { clientId: CERTIFICATE_CLIENT_ID, pem: certificate.pem },
    },
    registerClient: (client) => clients.register(client),
    faults: ctx.faults,
    stats,
    organizations: ORGANIZATIONS.map(({ id, name }) => ({ id, name })),
    async close() {
      for (const entry of timers) {
        clearTimeout(entry.timer);
        entry.resolve();
      }
      timers.clear();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}

async function route(req: IncomingMessage, res: ServerResponse, ctx: SimContext): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://simulator');
  const path = url.pathname.replace(/\/+$/, '');
  if (path === '/connect/token' && req.method === 'POST') return tokenRoute(req, res, ctx);
  if (path.toLowerCase() === '/dynamicsbackup/jobs' && req.method === 'GET') return graphJobsRoute(req, res, ctx, url);
  if (path.toLowerCase() === '/api/openapi/getjobs' && req.method === 'POST') return legacyJobsRoute(req, res, ctx);
  if (path.startsWith('/_sim/')) return simRoute(req, res, ctx, path);
  sendJson(res, 404, { error: { code: 'NotFound', message: 'No such route' } });
}
