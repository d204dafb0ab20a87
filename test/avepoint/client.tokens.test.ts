import { generateKeyPairSync } from 'node:crypto';
import { startSimulator, type Simulator } from '../../simulator';
import { clientFor, oneDayFilter, SIM_NOW } from '../support/avepointClient';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ now: () => SIM_NOW });
});
afterEach(() => sim.faults.clear());
afterAll(() => sim.close());

it('100 concurrent calls share exactly one token request', async () => {
  const { client } = clientFor(sim);
  const before = sim.stats.tokenRequests;
  const pages = await Promise.all(Array.from({ length: 100 }, () => client.getJobs({ ...oneDayFilter, pageSize: 5 })));
  await client.close();
  expect(pages).toHaveLength(100);
  expect(sim.stats.tokenRequests - before).toBe(1);
});

it('after a revocation, 100 concurrent calls that all meet a 401 share exactly one new token', async () => {
  const { client } = clientFor(sim);
  await client.getJobs(oneDayFilter);
  sim.faults.inject({ kind: 'revokeTokens' });
  const before = sim.stats.tokenRequests;
  await Promise.all(Array.from({ length: 100 }, () => client.getJobs({ ...oneDayFilter, pageSize: 5 })));
  await client.close();
  expect(sim.stats.tokenRequests - before).toBe(1);
});

it.each([
  { advanceSeconds: 0, tokenRequests: 1 },
  { advanceSeconds: 3_000, tokenRequests: 1 },
  { advanceSeconds: 3_539, tokenRequests: 1 },
  { advanceSeconds: 3_541, tokenRequests: 2 },
  { advanceSeconds: 7_200, tokenRequests: 2 },
])(
  'a 3600 s token is reused until a minute before expiry: +$advanceSeconds s → $tokenRequests token request(s)',
  async ({ advanceSeconds, tokenRequests }) => {
    let offsetMs = 0;
    const { client } = clientFor(sim, { now: () => Date.now() + offsetMs });
    const before = sim.stats.tokenRequests;
    await client.getJobs(oneDayFilter);
    offsetMs = advanceSeconds * 1000;
    await client.getJobs(oneDayFilter);
    await client.close();
    expect(sim.stats.tokenRequests - before).toBe(tokenRequests);
  },
);

// undici may open a second socket while the token request's is being released; after that, every call reuses them.
it('keeps connections alive: 30 sequential calls open at most two connections', async () => {
  const { client } = clientFor(sim);
  const before = sim.stats.connections;
  for (let i = 0; i < 30; i += 1) await client.getJobs({ ...oneDayFilter, pageSize: 1 });
  await client.close();
  expect(sim.stats.connections - before).toBeLessThanOrEqual(2);
});

describe('rejected credentials give up as badGateway, without retrying the token endpoint', () => {
  const otherKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const cases = [
    { name: 'wrong secret', overrides: () => ({ credential: { kind: 'secret' as const, secret: 'not-the-secret' } }) },
    { name: 'unknown client id', overrides: () => ({ clientId: '00000000-0000-4000-8000-000000000000' }) },
    {
      name: 'assertion signed with another key',
      overrides: () => ({
        credentialKind: 'certificate' as const,
        credential: {
          kind: 'certificate' as const,
          pem: `${sim.clients.certificate.pem.split('-----BEGIN PRIVATE KEY-----')[0]}\n${otherKey}`,
        },
      }),
    },
    // The assertion's audience is the configured token URL, which here differs from the endpoint's own.
    {
      name: 'assertion for another audience',
      overrides: () => ({ credentialKind: 'certificate' as const, tokenUrl: `${sim.tokenUrl}?tenant=other` }),
    },
  ];
  it.each(cases)('$name', async ({ overrides }) => {
    const { client } = clientFor(sim, overrides());
    const before = sim.stats.tokenRequests;
    const error = await client.getJobs(oneDayFilter).catch((e: unknown) => e);
    await client.close();
    expect(error).toMatchObject({ name: 'UpstreamError', kind: 'badGateway' });
    expect(sim.stats.tokenRequests - before).toBe(1);
  });
});

it('nothing secret reaches the logs or error messages', async () => {
  sim.faults.inject([{ kind: 'error', status: 503, count: 2 }, { kind: 'revokeTokens' }]);
  const { client, logger } = clientFor(sim);
  await client.getJobs(oneDayFilter);
  sim.faults.inject({ kind: 'error', status: 502 });
  const error = (await client.getJobs(oneDayFilter).catch((e: unknown) => e)) as Error;
  await client.close();
  const written = JSON.stringify(logger.entries) + error.message;
  expect(logger.entries.length).toBeGreaterThan(0);
  expect(written).not.toContain(sim.clients.secret.clientSecret);
  expect(written).not.toMatch(/bearer|authorization|access_token|client_secret/i);
  expect(written).not.toContain(sim.url);
});

describe('probe', () => {
  const cases = [
    { name: 'all well', fault: undefined, expected: { token: 'ok', api: 'ok' } },
    {
      name: 'token endpoint down',
      fault: { kind: 'error' as const, status: 503, scope: 'token' as const },
      expected: { token: 'failed', api: 'failed', detail: 'The AvePoint token endpoint is unavailable' },
    },
    {
      name: 'API failing',
      fault: { kind: 'error' as const, status: 500 },
      expected: { token: 'ok', api: 'failed', detail: 'AvePoint answered with an unexpected status 500' },
    },
  ];
  it.each(cases)('$name → token $expected.token, api $expected.api, never throwing', async ({ fault, expected }) => {
    if (fault) sim.faults.inject(fault);
    const { client } = clientFor(sim);
    const result = await client.probe(3_000);
    await client.close();
    expect(result).toEqual({ ...expected, latencyMs: expect.any(Number) });
  });

  it('blames the token endpoint when a cached token is revoked and no new one can be had, as the facade would', async () => {
    const { client } = clientFor(sim);
    expect(await client.probe(3_000)).toMatchObject({ token: 'ok', api: 'ok' });
    sim.faults.inject([{ kind: 'revokeTokens' }, { kind: 'error', status: 503, scope: 'token' }]);
    const result = await client.probe(3_000);
    await client.close();
    expect(result).toMatchObject({ token: 'failed', api: 'failed', detail: 'The AvePoint token endpoint is unavailable' });
  });

  it('gives up at its own deadline when the API hangs, and says which part hung', async () => {
    const { client } = clientFor(sim);
    await client.probe(3_000);
    sim.faults.inject({ kind: 'delay', ms: 60_000 });
    const result = await client.probe(200);
    await client.close();
    expect(result).toMatchObject({ token: 'ok', api: 'failed', detail: 'AvePoint did not answer within the 200 ms health deadline' });
  });
});
