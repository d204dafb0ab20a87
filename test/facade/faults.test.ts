import type { FaultInput } from '../../simulator';
import { postJson } from '../support/facadeHttp';
import { REAL_CEILING_MS, startTestHost } from '../support/testHost';

let host: Awaited<ReturnType<typeof startTestHost>>;
beforeAll(async () => {
  host = await startTestHost({ upstream: 'short' });
});
afterAll(() => host.close());
afterEach(() => host.simulator!.faults.clear());

describe('upstream faults map to the documented status, bounded by the configured total timeout', () => {
  it.each<[string, FaultInput | FaultInput[], number, string | null]>([
    ['throttling beyond retries', { kind: 'throttle', retryAfterSeconds: 1 }, 503, '1'],
    ['throttling with an HTTP-date Retry-After', { kind: 'throttle', retryAfterSeconds: 1, retryAfterAsDate: true }, 503, null],
    ['503 beyond retries', { kind: 'error', status: 503 }, 503, null],
    ['500', { kind: 'error', status: 500 }, 502, null],
    ['502 beyond retries', { kind: 'error', status: 502 }, 502, null],
    ['504 beyond retries', { kind: 'error', status: 504 }, 504, null],
    ['400 from the upstream', { kind: 'error', status: 400 }, 502, null],
    ['a hanging API', { kind: 'delay', ms: 60_000 }, 504, null],
    ['malformed answers', { kind: 'malformed' }, 502, null],
    ['every request failing', { kind: 'failureRate', rate: 1, status: 503 }, 503, null],
    ['a failing token endpoint after revocation', [{ kind: 'revokeTokens' }, { kind: 'error', status: 500, scope: 'token' }], 503, null],
    ['a hanging token endpoint after revocation', [{ kind: 'revokeTokens' }, { kind: 'delay', ms: 60_000, scope: 'token' }], 504, null],
  ])('%s → %s', async (_name, fault, status, retryAfter) => {
    host.simulator!.faults.inject(fault);
    const started = Date.now();
    const response = await postJson(`${host.url}/api/OpenApi/GetJobs`, { type: 1 });
    expect(Date.now() - started).toBeLessThan(REAL_CEILING_MS);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ status, title: expect.any(String), detail: expect.any(String) });
    expect(JSON.stringify(response.body)).not.toContain(host.simulator!.url);
    if (retryAfter !== null) expect(response.headers.get('retry-after')).toBe(retryAfter);
  });

  it.each<[string, FaultInput | FaultInput[]]>([
    ['one throttled answer', { kind: 'throttle', retryAfterSeconds: 0, count: 1 }],
    ['one 503', { kind: 'error', status: 503, count: 1 }],
    ['one slow answer', { kind: 'delay', ms: 2_000, count: 1 }],
    ['revoked tokens', { kind: 'revokeTokens' }],
  ])('recovers from %s', async (_name, fault) => {
    host.simulator!.faults.inject(fault);
    const response = await postJson(`${host.url}/api/OpenApi/GetJobs`, { type: 1 });
    expect(response.status).toBe(200);
  });
});

describe('GET /api/health', () => {
  it('is 200 when a token can be had and the API answers', async () => {
    const response = await fetch(`${host.url}/api/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'healthy', upstream: { token: 'ok', api: 'ok' } });
  });

  it('is 503 without leaking settings when the upstream fails', async () => {
    host.simulator!.faults.inject([{ kind: 'revokeTokens' }, { kind: 'error', status: 500, scope: 'token' }]);
    const response = await fetch(`${host.url}/api/health`);
    expect(response.status).toBe(503);
    const text = await response.text();
    // The cached token still looks fine; the API refuses it and no new one can be had.
    expect(JSON.parse(text)).toMatchObject({ status: 'unhealthy', upstream: { api: 'failed' } });
    expect(text).not.toContain(host.simulator!.url);
    expect(text).not.toContain(host.simulator!.clients.secret.clientSecret);
  });
});

it('never logs a secret or a stack', () => {
  const logged = JSON.stringify(host.logs);
  expect(logged).not.toContain(host.simulator!.clients.secret.clientSecret);
  expect(logged).not.toMatch(/\bat .+\.(js|ts):\d+/);
});
