import type { HttpRequest, HttpResponseInit } from '@azure/functions';
import type { UpstreamProbe } from '../jobs/JobSource';

/** Readiness gives up after this long (docs/API.md): probes and deploy scripts wait on it, and the facade's own bound is 10 s. */
export const HEALTH_DEADLINE_MS = 3_000;

/**
 * GET /api/health: the app answers (liveness) and whether a token can be had and the jobs API
 * answers, within HEALTH_DEADLINE_MS; 503 with the part that failed when not. HEAD is liveness
 * alone, answered at once. Never settings, URLs or secrets.
 */
export function healthHandler(deps: { upstream: UpstreamProbe }) {
  return async (request?: Pick<HttpRequest, 'method'>): Promise<HttpResponseInit> => {
    if (request?.method === 'HEAD') return { status: 200, headers: { 'cache-control': 'no-store' } };
    const upstream = await deps.upstream.probe(HEALTH_DEADLINE_MS);
    const healthy = upstream.token === 'ok' && upstream.api === 'ok';
    return {
      status: healthy ? 200 : 503,
      headers: { 'cache-control': 'no-store' },
      jsonBody: { status: healthy ? 'healthy' : 'unhealthy', upstream },
    };
  };
}
