import type { UpstreamProbe } from '../jobs/JobSource';
import { HEALTH_DEADLINE_MS, healthHandler } from './health';

type Probe = Awaited<ReturnType<UpstreamProbe['probe']>>;
const probing = (result: Probe): UpstreamProbe => ({ probe: async () => result });

describe('healthHandler', () => {
  it.each<[Probe, number, string]>([
    [{ token: 'ok', api: 'ok', latencyMs: 12 }, 200, 'healthy'],
    [{ token: 'ok', api: 'failed', latencyMs: 30 }, 503, 'unhealthy'],
    [{ token: 'failed', api: 'failed', latencyMs: 5 }, 503, 'unhealthy'],
  ])('%j → %i %s, never cached', async (upstream, status, verdict) => {
    const response = await healthHandler({ upstream: probing(upstream) })();
    expect(response).toEqual({ status, headers: { 'cache-control': 'no-store' }, jsonBody: { status: verdict, upstream } });
  });
});

describe('healthHandler liveness', () => {
  it('answers HEAD at once without asking the upstream', async () => {
    const upstream: UpstreamProbe = { probe: () => Promise.reject(new Error('must not be called')) };
    expect(await healthHandler({ upstream })({ method: 'HEAD' })).toEqual({ status: 200, headers: { 'cache-control': 'no-store' } });
  });

  it('gives the probe its own short deadline', async () => {
    const deadlines: number[] = [];
    const upstream: UpstreamProbe = { probe: async (deadlineMs) => (deadlines.push(deadlineMs), { token: 'ok', api: 'ok', latencyMs: 1 }) };
    await healthHandler({ upstream })({ method: 'GET' });
    expect(deadlines).toEqual([HEALTH_DEADLINE_MS]);
    expect(HEALTH_DEADLINE_MS).toBeLessThan(10_000);
  });
});
