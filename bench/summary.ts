import { createSummaryService, upstreamCallsPerSummary } from '../jobs/createSummaryService';
import { DAY_MS } from '../jobs/time';
import { ORGANIZATIONS } from '../simulator';
import { millisSince, percentile, round } from './stats';
import { startCountedUpstream } from './upstreamWorld';

const ROUNDS = 30;
const NOW = new Date('2026-11-28T20:00:00.000Z');

export interface SummaryFigures {
  organizations: number;
  upstreamCallsCold: number;
  upstreamCallsDocumented: number;
  coldP50Ms: number;
  coldP95Ms: number;
  upstreamCallsCached: number;
  cachedP50Ms: number;
  cachedP95Ms: number;
}

/**
 * One summary of the last 24 hours for N of the simulator's organisations (N = 1 is one organisation
 * asked for by name): cold (a new service each round, nothing cached or shared) and cached (the same
 * filter again within SUMMARY_CACHE_MS). Latency is ours plus the simulator's on loopback.
 */
export async function benchSummary(): Promise<SummaryFigures[]> {
  const upstream = await startCountedUpstream(() => NOW);
  try {
    const range = { type: 1 as const, startTime: new Date(NOW.getTime() - DAY_MS).toISOString(), endTime: NOW.toISOString() };
    const figures: SummaryFigures[] = [];
    for (const n of [1, 3, ORGANIZATIONS.length]) {
      const known = ORGANIZATIONS.slice(0, n).map(({ id, name }) => ({ id, name }));
      const query = n === 1 ? { ...range, organizationId: known[0]!.id } : range;
      const service = () =>
        createSummaryService({ source: upstream.source, organizations: () => Promise.resolve(known), now: () => NOW, rpoHours: 24 });
      const measure = async (summarize: () => Promise<unknown>) => {
        const latencies: number[] = [];
        const before = upstream.calls.count;
        for (let i = 0; i < ROUNDS; i += 1) {
          const started = process.hrtime.bigint();
          await summarize();
          latencies.push(millisSince(started));
        }
        return { latencies, calls: (upstream.calls.count - before) / ROUNDS };
      };
      await service().summarize(query); // warm the token and the connections
      const cold = await measure(() => service().summarize(query));
      const cachedService = service();
      await cachedService.summarize(query);
      const cached = await measure(() => cachedService.summarize(query));
      figures.push({
        organizations: n,
        upstreamCallsCold: cold.calls,
        upstreamCallsDocumented: n === 1 ? 11 : upstreamCallsPerSummary(n),
        coldP50Ms: round(percentile(cold.latencies, 50)),
        coldP95Ms: round(percentile(cold.latencies, 95)),
        upstreamCallsCached: cached.calls,
        cachedP50Ms: round(percentile(cached.latencies, 50), 3),
        cachedP95Ms: round(percentile(cached.latencies, 95), 3),
      });
    }
    return figures;
  } finally {
    await upstream.close();
  }
}
