import type { HttpResponseInit } from '@azure/functions';
import type { UpstreamProbe } from '../jobs/JobSource';

/**
 * GET /api/health: the app answers (liveness) and whether a token can be had and the jobs API
 * answers. 503 when the upstream is not healthy. Never settings, URLs or secrets.
 */
export function healthHandler(deps: { upstream: UpstreamProbe }) {
  return async (): Promise<HttpResponseInit> => {
    const upstream = await deps.upstream.probe();
    const healthy = upstream.token === 'ok' && upstream.api === 'ok';
    return {
      status: healthy ? 200 : 503,
      headers: { 'cache-control': 'no-store' },
      jsonBody: { status: healthy ? 'healthy' : 'unhealthy', upstream },
    };
  };
}
