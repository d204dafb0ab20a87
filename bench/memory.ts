import { Agent } from 'undici';
import { listTurn } from './botTurn';
import { startBenchConnector } from './connector';
import { facadeTargets } from './facadeOverhead';
import { concurrentLoad } from './load';
import type { HostProcess } from './startHostProcess';
import { round } from './stats';

/** Enough to reach steady state: pools, caches and JIT settle before the baseline is taken. */
const WARM_UP = { facade: 5_000, bot: 500 };
const MEASURED = { facade: 20_000, bot: 2_000 };
const BOT_CONCURRENCY = 8;

export interface MemoryFigures {
  facadeRequests: number;
  botTurns: number;
  rssAfterWarmUpMb: number;
  rssAfterLoadMb: number;
  rssGrowthPercent: number;
  heapAfterWarmUpMb: number;
  heapAfterLoadMb: number;
  heapGrowthPercent: number;
  failures: number;
}

const megabytes = (bytes: number) => round(bytes / 1024 / 1024, 1);

/** `turns` list turns over BOT_CONCURRENCY conversations at once; returns how many failed. */
async function botLoad(host: HostProcess, turns: number): Promise<number> {
  const connector = await startBenchConnector();
  const dispatcher = new Agent({ connections: BOT_CONCURRENCY });
  let failures = 0;
  let started = 0;
  try {
    await Promise.all(
      Array.from({ length: BOT_CONCURRENCY }, async (_, lane) => {
        while (started < turns) {
          started++;
          await listTurn(host, connector, `a:bench-memory-${lane}`, dispatcher).catch(() => failures++);
        }
      }),
    );
  } finally {
    await dispatcher.close();
    await connector.close();
  }
  return failures;
}

/** The host's RSS after warm-up, then after 20k facade requests and 2k bot turns (after a full GC each time). */
export async function benchMemory(host: HostProcess): Promise<MemoryFigures> {
  const { facade } = await facadeTargets(host);
  await concurrentLoad(facade, 32, WARM_UP.facade);
  await botLoad(host, WARM_UP.bot);
  const warm = await host.memory();
  const facadeRun = await concurrentLoad(facade, 32, MEASURED.facade);
  const botFailures = await botLoad(host, MEASURED.bot);
  const loaded = await host.memory();
  return {
    facadeRequests: MEASURED.facade,
    botTurns: MEASURED.bot,
    rssAfterWarmUpMb: megabytes(warm.rss),
    rssAfterLoadMb: megabytes(loaded.rss),
    rssGrowthPercent: round(((loaded.rss - warm.rss) / warm.rss) * 100, 1),
    heapAfterWarmUpMb: megabytes(warm.heapUsed),
    heapAfterLoadMb: megabytes(loaded.heapUsed),
    heapGrowthPercent: round(((loaded.heapUsed - warm.heapUsed) / warm.heapUsed) * 100, 1),
    failures: facadeRun.failures + botFailures,
  };
}
