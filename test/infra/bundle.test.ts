import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAzurite, type Azurite } from '../../dev/azurite';
import { startSimulator, type Simulator } from '../../simulator';
import { cardKind } from '../robustness/documentedCards';
import { message } from '../../fixtures/activities';
import { postedCards, startConnector, type Connector } from '../support/connector';
import { post } from '../support/http';
import { listen } from '../support/listen';
import { startOpenIdServer, type OpenIdServer } from '../support/openIdServer';
import { ROOT } from './bicepCli';

/**
 * The production artefact (infra/bundle.js), built into a temporary folder without node_modules
 * and loaded by a fresh Node process the way the Functions worker loads an app: a main ending in
 * .mjs is import()ed, and @azure/functions-core is answered through require (the worker's
 * Module.prototype.require hook), recording every registration. The process then serves each
 * registered HTTP handler at /<function name>, so that the test can send real activities.
 */
const WORKER = `
const Module = require('node:module');
const { createServer } = require('node:http');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');
// The repository's copy (the process runs in it), only to build requests as the host would.
const { HttpRequest, InvocationContext } = require('@azure/functions');
const target = process.argv[1];
const registered = new Map();
const core = {
  version: '4.0.0-bundle-test',
  setProgrammingModel() {},
  registerHook: () => ({ dispose() {} }),
  registerFunction(metadata, handler) {
    registered.set(metadata.name, { metadata, handler });
    return { dispose() {} };
  },
};
const requireModule = Module.prototype.require;
Module.prototype.require = function (id) {
  return id === '@azure/functions-core' ? core : requireModule.apply(this, arguments);
};
const server = createServer(async (req, res) => {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const body = Buffer.concat(chunks);
  const request = new HttpRequest({
    method: req.method,
    url: 'http://127.0.0.1' + req.url,
    headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)])),
    ...(body.length > 0 && { body: { bytes: body } }),
  });
  const response = await registered.get(req.url.slice(1)).handler(request, new InvocationContext());
  res.writeHead(response.status ?? 200, { 'content-type': 'application/json' });
  res.end(response.jsonBody === undefined ? undefined : JSON.stringify(response.jsonBody));
});
import(pathToFileURL(join(target, require(join(target, 'package.json')).main)).href).then(() =>
  server.listen(0, '127.0.0.1', () =>
    process.send({
      url: 'http://127.0.0.1:' + server.address().port,
      registrations: [...registered.values()].map(({ metadata }) => {
        const trigger = Object.values(metadata.bindings).find((b) => b.direction === 'in');
        return { name: metadata.name, type: trigger.type, route: trigger.route, schedule: trigger.schedule };
      }),
    }),
  ),
);
`;

/** A stand-in for App Service's managed identity endpoint (IDENTITY_ENDPOINT), as the bot in Azure uses it. */
const MANAGED_IDENTITY_TOKEN = 'managed-identity-token';
const IDENTITY_HEADER = 'identity-header-from-the-platform';
async function startManagedIdentityEndpoint() {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    requests.push(request.url ?? '');
    if (request.headers['x-identity-header'] !== IDENTITY_HEADER) return void response.writeHead(401).end();
    const resource = new URL(request.url ?? '/', 'http://127.0.0.1').searchParams.get('resource');
    response.writeHead(200, { 'content-type': 'application/json' }).end(
      JSON.stringify({
        access_token: MANAGED_IDENTITY_TOKEN,
        expires_on: String(Math.floor(Date.now() / 1000) + 3600),
        resource,
        token_type: 'Bearer',
      }),
    );
  });
  return { ...(await listen(server)), requests };
}

const APP_ID = '00000000-0000-4000-8000-000000000001';
const TENANT_ID = '00000000-0000-4000-8000-000000000002';

interface Ready {
  url: string;
  registrations: Array<{ name: string; type: string; route?: string; schedule?: string }>;
}

let out: string;
let simulator: Simulator;
let azurite: Azurite;
let connector: Connector;
let openId: OpenIdServer;
let identity: Awaited<ReturnType<typeof startManagedIdentityEndpoint>>;
let worker: ChildProcess;
let output = '';
let ready: Ready;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'bundle-test-'));
  execFileSync(process.execPath, [join(ROOT, 'infra', 'bundle.js'), out], { cwd: ROOT, stdio: 'pipe' });
  [simulator, azurite, connector, openId, identity] = await Promise.all([
    startSimulator(),
    startAzurite(),
    startConnector(),
    startOpenIdServer(),
    startManagedIdentityEndpoint(),
  ]);
  // The settings of the app in Azure: a user-assigned managed identity bot, tokens from the platform.
  const env = {
    PATH: process.env.PATH,
    AVEPOINT_GRAPH_URL: simulator.url,
    AVEPOINT_TOKEN_URL: simulator.tokenUrl,
    AVEPOINT_CLIENT_ID: simulator.clients.secret.clientId,
    AVEPOINT_CLIENT_SECRET: simulator.clients.secret.clientSecret,
    AVEPOINT_TIMEOUT_MS: '500',
    AVEPOINT_TOTAL_TIMEOUT_MS: '2500',
    AzureWebJobsStorage: azurite.connectionString,
    WEBSITE_HOSTNAME: 'd365jobs.azurewebsites.net',
    MicrosoftAppId: APP_ID,
    MicrosoftAppType: 'UserAssignedMSI',
    MicrosoftAppTenantId: TENANT_ID,
    BOT_OPENID_METADATA_URL: openId.metadataUrl,
    IDENTITY_ENDPOINT: `${identity.url}/msi/token`,
    IDENTITY_HEADER,
  };
  worker = spawn(process.execPath, ['-e', WORKER, out], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  worker.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  worker.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  ready = await new Promise<Ready>((resolve, reject) => {
    worker.once('message', (m) => resolve(m as Ready));
    worker.once('exit', (code) => reject(new Error(`the worker process exited (${code}):\n${output}`)));
  });
}, 60_000);

afterAll(async () => {
  if (worker && worker.exitCode === null) {
    const exited = new Promise((resolve) => worker.once('exit', resolve));
    worker.kill();
    await exited;
  }
  await Promise.all([simulator?.close(), azurite?.close(), connector?.close(), openId?.close(), identity?.close()]);
  rmSync(out, { recursive: true, force: true });
});

afterEach(() => {
  simulator.faults.clear();
  connector.posted.length = 0;
});

const functionsDir = () => join(out, 'dist', 'functions');
/** The files Node reads at start-up: main and, transitively, what it imports statically (`import … from "./x.mjs"`, `import "./x.mjs"`). */
function startupFiles(): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, imported] of readFileSync(join(functionsDir(), file), 'utf8').matchAll(
      /(?:^|[;}])import\s*(?:[^"'()]*?from\s*)?["']\.\/([^"']+)["']/g,
    ))
      visit(imported!);
  };
  visit('index.mjs');
  return [...seen];
}

test('the worker finds an ES module main and every function is registered', () => {
  expect(JSON.parse(readFileSync(join(out, 'package.json'), 'utf8')).main).toBe('dist/functions/index.mjs');
  expect(ready.registrations).toEqual([
    { name: 'getJobs', type: 'httpTrigger', route: 'OpenApi/GetJobs' },
    { name: 'listJobs', type: 'httpTrigger', route: 'jobs' },
    { name: 'listJobsCsv', type: 'httpTrigger', route: 'jobs.csv' },
    { name: 'getJob', type: 'httpTrigger', route: 'jobs/{jobId}' },
    { name: 'getSummary', type: 'httpTrigger', route: 'summary' },
    { name: 'health', type: 'httpTrigger', route: 'health' },
    { name: 'messages', type: 'httpTrigger', route: 'messages' },
    { name: 'openApi', type: 'httpTrigger', route: 'openapi.json' },
    { name: 'swagger', type: 'httpTrigger', route: 'swagger.json' },
    { name: 'refreshOrganizations', type: 'timerTrigger', schedule: expect.any(String) },
    { name: 'deliverAlerts', type: 'timerTrigger', schedule: '0 */5 * * * *' },
    // Builds the bot before a scaled-out instance takes traffic (app/warmUpWhenIdle.ts covers other starts).
    { name: 'warmup', type: 'warmupTrigger' },
  ]);
});

test('botbuilder is in files of their own, imported dynamically, not read at start-up', () => {
  const bot = readdirSync(functionsDir()).find((file) => /^createBotEndpoint-.*\.mjs$/.test(file));
  expect(bot).toBeDefined();
  expect(readFileSync(join(functionsDir(), 'index.mjs'), 'utf8')).toContain(`import("./${bot}")`);
  // The bot endpoint and the alert sender share botbuilder: esbuild puts it in a chunk both import.
  const withBotbuilder = readdirSync(functionsDir()).filter(
    (file) => file.endsWith('.mjs') && readFileSync(join(functionsDir(), file), 'utf8').includes('botframework-connector'),
  );
  expect(withBotbuilder.length).toBeGreaterThan(0);
  const startup = startupFiles();
  expect(startup).not.toContain(bot);
  expect(startup.filter((file) => withBotbuilder.includes(file))).toEqual([]);
});

test('card templating and the Table Storage SDK are not read at start-up either', () => {
  // Strings only these packages carry: the templating's expression parser, the Table service's
  // protocol header, and @azure/identity's MSAL. Each must be somewhere in the bundle, just not at start-up.
  const markers = ['ExpressionParser', 'DataServiceVersion', '@azure/msal-node'];
  const text = (file: string) => readFileSync(join(functionsDir(), file), 'utf8');
  const all = readdirSync(functionsDir()).filter((file) => file.endsWith('.mjs'));
  for (const marker of markers) expect(all.some((file) => text(file).includes(marker))).toBe(true);
  const startup = startupFiles();
  expect(markers.filter((marker) => startup.some((file) => text(file).includes(marker)))).toEqual([]);
});

test("undici's unused parts and zod's other languages are not in the bundle at all (infra/bundle.js)", () => {
  const text = readdirSync(functionsDir())
    .filter((file) => file.endsWith('.mjs'))
    .map((file) => readFileSync(join(functionsDir(), file), 'utf8'))
    .join('\n');
  // Class names undici's index brings (keepNames keeps them), and a phrase of zod's German messages.
  for (const absent of ['MockAgent', 'SqliteCacheStore', 'EventSource', 'zu haben']) expect(text).not.toContain(absent);
  // What the app does use: undici's Agent and zod's English messages.
  for (const present of ['Agent', 'Invalid input']) expect(text).toContain(present);
});

test('the facade answers from the bundle: health reaches the simulator through the AvePoint client', async () => {
  const response = await fetch(`${ready.url}/health`);
  expect(response.status).toBe(200);
  expect(await response.json()).toMatchObject({ status: 'healthy', upstream: { token: 'ok', api: 'ok' } });
});

const activity = (text: string) => message(text, { serviceUrl: connector.serviceUrl, timeZone: 'Europe/Berlin' });
const authorization = async () => `Bearer ${await openId.token({ appId: APP_ID, serviceUrl: connector.serviceUrl })}`;

test('a message gets its list card at the connector, signed with the managed identity token', async () => {
  const response = await post(`${ready.url}/messages`, activity('jobs last 7 days'), { authorization: await authorization() });
  expect(response.status).toBe(200);
  const cards = postedCards(connector.posted);
  expect(cards.map(cardKind)).toEqual(['list']);
  expect(connector.posted.every((p) => p.authorization === `Bearer ${MANAGED_IDENTITY_TOKEN}`)).toBe(true);
  expect(identity.requests.length).toBeGreaterThan(0);
}, 30_000);

test('an upstream fault gets the documented error card: UpstreamError is one class across the split', async () => {
  simulator.faults.inject({ kind: 'error', status: 503 });
  const response = await post(`${ready.url}/messages`, activity('failed jobs last 7 days'), { authorization: await authorization() });
  expect(response.status).toBe(200);
  expect(postedCards(connector.posted).map(cardKind)).toEqual(['unavailable']);
}, 30_000);

test('an unauthenticated message is refused', async () => {
  const response = await post(`${ready.url}/messages`, activity('jobs last 7 days'));
  expect(response.status).toBe(401);
  expect(connector.posted).toEqual([]);
});
