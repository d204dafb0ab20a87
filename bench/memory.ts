import { Agent } from 'undici';
import { listTurn } from './botTurn';
import { startBenchConnector } from './connector';
import { facadeTargets } from './facadeOverhead';
import { concurrentLoad } from './load';
import type { HostProcess } from './startHostProcess';
import { round } from './stats';

/** One round of load; ROUNDS rounds after the warm-up make the 20k requests and 2k turns. */
const ROUND = { facade: 5_000, bot: 500 };
const ROUNDS = 4;
/**
 * Rounds before the baseline. One is not enough: after it V8 has not yet grown its heap to the
 * working size (seen here: RSS 300–430 MB after one round, 430–470 MB from the second on, while the
 * heap in use stays flat), so a one-round baseline measures heap sizing, not leaks.
 */
const WARM_UP_ROUNDS = 2;
const BOT_CONCURRENCY = 8;

export interface MemoryFigures {
  facadeRequests: number;
  botTurns: number;
  rssAfterWarmUpMb: number;
  /** After each round: growth that levels off is the allocator settling, growth in every round a leak. */
  rssAfterRoundMb: number[];
  rssAfterLoadMb: number;
  rssGrowthPercent: number;
  heapAfterWarmUpMb: number;
  heapAfterLoadMb: number;
  heapGrowthPercent: number;
  /** V8's reserved heap and memory outside it (buffers, sockets), after the load. */
  heapTotalAfterLoadMb: number;
  externalAfterLoadMb: number;
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

/** The host's memory after the warm-up rounds, then after 20k facade requests and 2k bot turns in rounds (a full GC before each reading). */
export async function benchMemory(host: HostProcess): Promise<MemoryFigures> {
  const { facade } = await facadeTargets(host);
  let failures = 0;
  const loadRound = async () => {
    failures += (await concurrentLoad(facade, 32, ROUND.facade)).failures;
    failures += await botLoad(host, ROUND.bot);
    return host.memory();
  };
  let warm = await loadRound();
  for (let r = 1; r < WARM_UP_ROUNDS; r++) warm = await loadRound();
  failures = 0;
  const rounds = [];
  for (let r = 0; r < ROUNDS; r++) rounds.push(await loadRound());
  const loaded = rounds[rounds.length - 1]!;
  return {
    facadeRequests: ROUNDS * ROUND.facade,
    botTurns: ROUNDS * ROUND.bot,
    rssAfterWarmUpMb: megabytes(warm.rss),
    rssAfterRoundMb: rounds.map((m) => megabytes(m.rss)),
    rssAfterLoadMb: megabytes(loaded.rss),
    rssGrowthPercent: round(((loaded.rss - warm.rss) / warm.rss) * 100, 1),
    heapAfterWarmUpMb: megabytes(warm.heapUsed),
    heapAfterLoadMb: megabytes(loaded.heapUsed),
    heapGrowthPercent: round(((loaded.heapUsed - warm.heapUsed) / warm.heapUsed) * 100, 1),
    heapTotalAfterLoadMb: megabytes(loaded.heapTotal),
    externalAfterLoadMb: megabytes(loaded.external),
    failures,
  };
}
