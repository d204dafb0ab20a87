import type { UpstreamProbe } from '../jobs/JobSource';
import { healthHandler } from './health';

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
