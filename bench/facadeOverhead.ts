import type { HostProcess } from './startHostProcess';
import { concurrentLoad, sequentialLoad, type LoadFigures, type Target } from './load';
import { ratio, round } from './stats';
import { simulatorToken } from './token';

const SEQUENTIAL_REQUESTS = 2_000;
const CONCURRENT_REQUESTS = 6_000;
const WARM_UP_REQUESTS = 300;

export interface OverheadFigures {
  concurrency: number;
  facade: LoadFigures;
  direct: LoadFigures;
  addedP50Ms: number;
  p50Ratio: number;
  throughputRatio: number;
}

/** A fixed week, so that the facade's upstream call and the direct one are the same request. */
const WEEK = { startTime: '2026-11-20T00:00:00.000Z', finishTime: '2026-11-27T00:00:00.000Z' };

/** The facade's POST /api/OpenApi/GetJobs, and the one upstream call it makes, sent straight to the simulator. */
export async function facadeTargets(host: HostProcess): Promise<{ facade: Target; direct: Target }> {
  const token = await simulatorToken(host);
  const query = new URLSearchParams({ pageIndex: '1', pageSize: '10', type: '1', ...WEEK });
  return {
    facade: {
      url: `${host.url}/${host.routePrefix}/OpenApi/GetJobs`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 1, startTime: WEEK.startTime, endTime: WEEK.finishTime, pageInfo: { currentPage: 1, pageSize: 10 } }),
    },
    direct: {
      url: `${host.simulatorUrl}/dynamicsbackup/jobs?${query.toString()}`,
      method: 'GET',
      headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
    },
  };
}

const compare = (concurrency: number, facade: LoadFigures, direct: LoadFigures): OverheadFigures => ({
  concurrency,
  facade,
  direct,
  addedP50Ms: round(facade.p50Ms - direct.p50Ms, 3),
  p50Ratio: ratio(facade.p50Ms, direct.p50Ms),
  throughputRatio: ratio(facade.requestsPerSecond, direct.requestsPerSecond),
});

/** Facade vs simulator, at concurrency 1 and 32, alternating so that drift hits both alike. */
export async function benchFacadeOverhead(host: HostProcess): Promise<OverheadFigures[]> {
  const { facade, direct } = await facadeTargets(host);
  await sequentialLoad(facade, WARM_UP_REQUESTS);
  await sequentialLoad(direct, WARM_UP_REQUESTS);
  const one = compare(1, await sequentialLoad(facade, SEQUENTIAL_REQUESTS), await sequentialLoad(direct, SEQUENTIAL_REQUESTS));
  const many = compare(32, await concurrentLoad(facade, 32, CONCURRENT_REQUESTS), await concurrentLoad(direct, 32, CONCURRENT_REQUESTS));
  return [one, many];
}
