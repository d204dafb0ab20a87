import { UpstreamError } from '../../shared/errors';
import { startSimulator, type FaultInput, type Simulator } from '../../simulator';
import { clientFor, oneDayFilter, SIM_NOW, timed } from '../support/avepointClient';
import { virtualClock, type VirtualClock } from './virtualClock';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ now: () => SIM_NOW });
});
afterEach(() => sim.faults.clear());
afterAll(() => sim.close());

/** 1 s per attempt, 2.5 s in all, asserted on a virtual clock (./virtualClock.ts). */
const TOTAL_MS = 2_500;
const fast = { timeoutMs: 1_000, totalTimeoutMs: TOTAL_MS };
/**
 * Real time is only held to a ceiling far above the bound: it catches a call that sits out the
 * simulator's 60 s hang, never a slow machine.
 */
const REAL_CEILING_MS = 4 * TOTAL_MS;

/** `waits`: what the client must ask its sleep for; a Retry-After beyond the deadline is not waited for at all. */
const giveUps: Array<{ name: string; fault: FaultInput; kind: UpstreamError['kind']; retryAfterSeconds?: number; waits?: number[] }> = [
  {
    name: 'API throttled beyond the bound',
    fault: { kind: 'throttle', retryAfterSeconds: 30 },
    kind: 'unavailable',
    retryAfterSeconds: 30,
    waits: [],
  },
  { name: 'API 503 until cleared', fault: { kind: 'error', status: 503 }, kind: 'unavailable' },
  { name: 'API 502 until cleared', fault: { kind: 'error', status: 502 }, kind: 'badGateway' },
  { name: 'API 504 until cleared', fault: { kind: 'error', status: 504 }, kind: 'timeout' },
  { name: 'API 500 (not retried)', fault: { kind: 'error', status: 500 }, kind: 'badGateway' },
  { name: 'API 403 (not retried)', fault: { kind: 'error', status: 403 }, kind: 'badGateway' },
  { name: 'API 401 even with a new token', fault: { kind: 'error', status: 401 }, kind: 'badGateway' },
  { name: 'API hangs', fault: { kind: 'delay', ms: 60_000 }, kind: 'timeout' },
  { name: 'API answers malformed JSON', fault: { kind: 'malformed' }, kind: 'badGateway' },
  { name: 'token endpoint down (503)', fault: { kind: 'error', status: 503, scope: 'token' }, kind: 'unavailable' },
  {
    name: 'token endpoint throttled',
    fault: { kind: 'throttle', retryAfterSeconds: 60, scope: 'token' },
    kind: 'unavailable',
    retryAfterSeconds: 60,
    waits: [],
  },
  { name: 'token endpoint answers garbage', fault: { kind: 'malformed', scope: 'token' }, kind: 'badGateway' },
  { name: 'token endpoint hangs', fault: { kind: 'delay', ms: 60_000, scope: 'token' }, kind: 'timeout' },
];

describe('when the upstream keeps failing, getJobs gives up with the documented kind within the time bound', () => {
  it.each(giveUps)('$name → $kind', async ({ fault, kind, retryAfterSeconds, waits }) => {
    sim.faults.inject(fault);
    const clock = virtualClock(SIM_NOW.getTime());
    const { client } = clientFor(sim, { ...fast, ...clock });
    const { virtualMs, realMs, error } = await timed(clock, () => client.getJobs(oneDayFilter));
    await client.close();
    expect(error).toBeInstanceOf(UpstreamError);
    expect((error as UpstreamError).kind).toBe(kind);
    expect((error as UpstreamError).retryAfterSeconds).toBe(retryAfterSeconds);
    expect(virtualMs).toBeLessThanOrEqual(TOTAL_MS);
    expect(realMs).toBeLessThan(REAL_CEILING_MS);
    if (waits) expect(clock.waits).toEqual(waits);
  });

  it('retries stop at the attempt budget: four waits between five attempts, each within the backoff ceiling', async () => {
    sim.faults.inject({ kind: 'error', status: 503 });
    const clock = virtualClock(SIM_NOW.getTime());
    // A long deadline, so that the attempt budget and not the deadline ends the call.
    const { client } = clientFor(sim, { ...fast, totalTimeoutMs: 60_000, ...clock });
    const before = sim.stats.apiRequests;
    await expect(client.getJobs(oneDayFilter)).rejects.toMatchObject({ kind: 'unavailable' });
    await client.close();
    expect(sim.stats.apiRequests - before).toBe(5);
    // The harness's policy: 20 ms doubling up to 100 ms, full jitter.
    expect(clock.waits).toHaveLength(4);
    clock.waits.forEach((ms, i) => expect(ms).toBeLessThan(Math.min(100, 20 * 2 ** i)));
  });
});

const recoveries: Array<{ name: string; fault: FaultInput; apiRequests: number }> = [
  { name: 'one 429 with Retry-After 0', fault: { kind: 'throttle', count: 1, retryAfterSeconds: 0 }, apiRequests: 2 },
  { name: 'two 503s', fault: { kind: 'error', status: 503, count: 2 }, apiRequests: 3 },
  { name: 'one 502', fault: { kind: 'error', status: 502, count: 1 }, apiRequests: 2 },
  { name: 'one 504', fault: { kind: 'error', status: 504, count: 1 }, apiRequests: 2 },
  { name: 'one hang longer than the attempt timeout', fault: { kind: 'delay', ms: 60_000, count: 1 }, apiRequests: 2 },
  { name: 'one slow answer within the attempt timeout', fault: { kind: 'delay', ms: 200, count: 1 }, apiRequests: 1 },
];

describe('transient failures are retried and the call succeeds', () => {
  it.each(recoveries)('$name', async ({ fault, apiRequests }) => {
    sim.faults.inject(fault);
    const { client, logger } = clientFor(sim, fast);
    const before = sim.stats.apiRequests;
    const page = await client.getJobs(oneDayFilter);
    await client.close();
    expect(page.jobs.length).toBeGreaterThan(0);
    expect(sim.stats.apiRequests - before).toBe(apiRequests);
    expect(logger.entries.filter((e) => e.level === 'warn')).toHaveLength(apiRequests - 1);
  });
});

describe('Retry-After', () => {
  // The simulator dates its Retry-After by its identity clock: this one agrees with the client's, so
  // the date form names the same second as the seconds form.
  let clock: VirtualClock;
  let dated: Simulator;
  beforeAll(async () => {
    dated = await startSimulator({ now: () => SIM_NOW, identityNow: () => clock.now() });
  });
  beforeEach(() => {
    clock = virtualClock(SIM_NOW.getTime());
  });
  afterAll(() => dated.close());

  it.each([
    { form: 'seconds', retryAfterAsDate: false },
    { form: 'an HTTP date', retryAfterAsDate: true },
  ])('is waited out when given as $form', async ({ retryAfterAsDate }) => {
    dated.faults.inject({ kind: 'throttle', count: 1, retryAfterSeconds: 1, retryAfterAsDate });
    // No jitter: the wait is Retry-After alone.
    const { client, logger } = clientFor(dated, { ...fast, ...clock, random: () => 0 });
    const { error } = await timed(clock, () => client.getJobs(oneDayFilter));
    await client.close();
    expect(error).toBeUndefined();
    expect(clock.waits).toEqual([1_000]);
    expect(logger.entries).toEqual([{ level: 'warn', message: expect.any(String), properties: { status: 429, attempt: 1 } }]);
  });
});

describe('tokens', () => {
  it('revoked tokens: a 401 costs exactly one new token, then the call succeeds', async () => {
    const { client } = clientFor(sim, fast);
    await client.getJobs(oneDayFilter);
    const tokensBefore = sim.stats.tokenRequests;
    sim.faults.inject({ kind: 'revokeTokens' });
    await client.getJobs(oneDayFilter);
    await client.close();
    expect(sim.stats.tokenRequests - tokensBefore).toBe(1);
  });

  it('a 401 that survives a new token costs exactly one refresh', async () => {
    const { client } = clientFor(sim, fast);
    await client.getJobs(oneDayFilter);
    const tokensBefore = sim.stats.tokenRequests;
    sim.faults.inject({ kind: 'error', status: 401 });
    await expect(client.getJobs(oneDayFilter)).rejects.toMatchObject({ kind: 'badGateway' });
    await client.close();
    expect(sim.stats.tokenRequests - tokensBefore).toBe(1);
  });
});

it('a random 20% failure rate is absorbed by retries', async () => {
  sim.faults.inject({ kind: 'failureRate', rate: 0.2 });
  const { client, logger } = clientFor(sim, fast);
  for (let i = 0; i < 20; i += 1) await client.getJobs(oneDayFilter);
  await client.close();
  expect(logger.entries.length).toBeGreaterThan(0);
  expect(logger.entries.every((e) => e.level === 'warn' && e.properties?.status === 503)).toBe(true);
});

it('an unreachable API gives up as unavailable', async () => {
  const closed = await startSimulator();
  const { url } = closed;
  await closed.close();
  const { client } = clientFor(sim, { ...fast, baseUrl: url });
  await expect(client.getJobs(oneDayFilter)).rejects.toMatchObject({ kind: 'unavailable' });
  await client.close();
});

it('a caller abort stops the call with the caller’s reason, not an UpstreamError', async () => {
  sim.faults.inject({ kind: 'delay', ms: 60_000 });
  const { client } = clientFor(sim, fast);
  const controller = new AbortController();
  const call = client.getJobs(oneDayFilter, { signal: controller.signal });
  controller.abort(new Error('caller gave up'));
  await expect(call).rejects.toThrow('caller gave up');
  await client.close();
});
