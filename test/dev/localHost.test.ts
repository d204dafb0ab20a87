import { connect } from 'node:net';
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTableClient } from '../../storage/createTableClient';
import { loadLocalSettings, readRoutePrefix } from '../../dev/localSettings';
import { projectRoot } from '../../dev/projectRoot';
import { startTestHost } from '../support/testHost';

const reachable = (url: string) =>
  new Promise<boolean>((resolve) => {
    const { hostname, port } = new URL(url);
    const socket = connect(Number(port), hostname);
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

describe('startLocalHost', () => {
  it('serves on loopback with the simulator and Azurite, runs the timer on /admin/functions, and stops everything', async () => {
    const host = await startTestHost();
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(host.simulator).toBeDefined();
    expect(host.azurite).toBe(true);
    expect(host.routePrefix).toBe('api');
    const storage = host.app.config.storage;

    const run = await fetch(`${host.url}/admin/functions/refreshOrganizations`, { method: 'POST', body: '{}' });
    expect(run.status).toBe(202);
    const rows: string[] = [];
    for await (const row of createTableClient(storage, 'organizations').listEntities<{ name: string }>()) rows.push(row.name);
    expect(rows).toEqual(expect.arrayContaining(['Contoso', 'Fabrikam', 'Northwind Traders']));

    expect((await fetch(`${host.url}/admin/functions/nothing`, { method: 'POST' })).status).toBe(404);
    // The bot's row is served too: something that is no activity is refused by the bot endpoint itself.
    expect(
      (await fetch(`${host.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status,
    ).toBe(400);
    expect((await fetch(`${host.url}/admin/functions/refreshOrganizations`)).status).toBe(405);

    // A route with a parameter ({jobId}) is served with the parameter; the literal `jobs` route stays the list.
    const list = (await (await fetch(`${host.url}/api/jobs?size=1`)).json()) as { jobs: { jobId: string }[] };
    const jobId = list.jobs[0]!.jobId;
    await expect((await fetch(`${host.url}/api/jobs/${jobId}`)).json()).resolves.toMatchObject({ jobId });
    const missing = await fetch(`${host.url}/api/jobs/DCIB2026112809000012345678`);
    expect([missing.status, missing.headers.get('content-type')]).toEqual([404, 'application/problem+json']);

    const simulatorUrl = host.simulator!.url;
    const tableUrl = /TableEndpoint=([^;]+)/.exec(storage.kind === 'connectionString' ? storage.connectionString : '')![1]!;
    await host.close();
    expect(await reachable(host.url)).toBe(false);
    expect(await reachable(simulatorUrl)).toBe(false);
    expect(await reachable(tableUrl)).toBe(false);
  });

  it('uses the given upstream instead of starting the simulator, and runs extra services until close', async () => {
    const first = await startTestHost();
    const { simulator } = first;
    const events: string[] = [];
    const second = await startTestHost({
      services: [
        async ({ url, routePrefix }) => (
          events.push(`start ${url.startsWith('http://127.0.0.1:')} ${routePrefix}`),
          { close: async () => void events.push('close') }
        ),
      ],
      settings: {
        AVEPOINT_GRAPH_URL: simulator!.url,
        AVEPOINT_TOKEN_URL: simulator!.tokenUrl,
        AVEPOINT_CLIENT_ID: simulator!.clients.secret.clientId,
        AVEPOINT_CLIENT_SECRET: simulator!.clients.secret.clientSecret,
      },
    });
    try {
      expect(second.simulator).toBeUndefined();
      const before = simulator!.stats.apiRequests;
      expect((await fetch(`${second.url}/api/jobs?size=1`)).status).toBe(200);
      expect(simulator!.stats.apiRequests).toBeGreaterThan(before);
      expect(events).toEqual(['start true api']);
    } finally {
      await second.close();
      await first.close();
    }
    expect(events).toEqual(['start true api', 'close']);
  });
});

describe('local settings', () => {
  const root = projectRoot();

  it('creates local.settings.json from the example and lets the environment win', () => {
    const dir = mkdtempSync(join(tmpdir(), 'settings-'));
    copyFileSync(join(root, 'local.settings.example.json'), join(dir, 'local.settings.example.json'));
    const settings = loadLocalSettings(dir, { AVEPOINT_API: 'legacy' });
    expect(JSON.parse(readFileSync(join(dir, 'local.settings.json'), 'utf8')).Values.FUNCTIONS_WORKER_RUNTIME).toBe('node');
    expect(settings).toMatchObject({
      FUNCTIONS_WORKER_RUNTIME: 'node',
      AzureWebJobsStorage: 'UseDevelopmentStorage=true',
      AVEPOINT_API: 'legacy',
    });
  });

  it('reads an existing local.settings.json, numbers and booleans as text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'settings-'));
    writeFileSync(join(dir, 'local.settings.json'), JSON.stringify({ Values: { PORT: 7080, X: true } }));
    expect(loadLocalSettings(dir, {})).toEqual({ PORT: '7080', X: 'true' });
  });

  it("serves under host.json's route prefix", () => {
    expect(readRoutePrefix(root)).toBe('api');
  });
});
