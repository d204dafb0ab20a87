import { cpus, loadavg, totalmem } from 'node:os';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchBigRange } from './bigRange';
import { benchBotTurn } from './botTurn';
import { benchCardSize } from './cardSize';
import { benchColdStart } from './coldStart';
import { benchFacadeOverhead } from './facadeOverhead';
import { benchMemory } from './memory';
import { startHostProcess } from './startHostProcess';
import { millisSince, round } from './stats';
import { benchTokenEconomy } from './tokenEconomy';
import { benchUnderstanding } from './understanding';

/** dist/bench/run.js → the repository root. */
const ROOT = join(__dirname, '..', '..');

async function timedStep<T>(name: string, step: () => Promise<T> | T): Promise<T> {
  const started = process.hrtime.bigint();
  process.stdout.write(`${name}… `);
  const figures = await step();
  console.log(`${round(millisSince(started) / 1000, 1)} s`);
  console.log(JSON.stringify(figures, null, 2));
  return figures;
}

/** `npm run bench`: every figure of docs/PERFORMANCE.md in one run, written to bench/results.json. */
async function main(): Promise<void> {
  const started = process.hrtime.bigint();
  const machine = {
    date: new Date().toISOString(),
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGb: round(totalmem() / 1024 ** 3, 1),
    loadAverageAtStart: loadavg().map((l) => round(l, 2)),
  };
  const understanding = await timedStep('understanding', () => benchUnderstanding());
  const cardSize = await timedStep('card size', () => benchCardSize());
  const coldStart = await timedStep('cold start', () => benchColdStart(ROOT));
  const tokenEconomy = await timedStep('token economy', () => benchTokenEconomy());
  const host = await startHostProcess();
  let results: Record<string, unknown>;
  try {
    const facadeOverhead = await timedStep('facade overhead', () => benchFacadeOverhead(host));
    const botTurn = await timedStep('bot turn', () => benchBotTurn(host));
    const bigRange = await timedStep('big range', () => benchBigRange(host));
    const memory = await timedStep('memory', () => benchMemory(host));
    results = { machine, understanding, facadeOverhead, botTurn, coldStart, cardSize, tokenEconomy, memory, bigRange };
  } finally {
    await host.close();
  }
  Object.assign(machine, { loadAverageAtEnd: loadavg().map((l) => round(l, 2)), benchSeconds: round(millisSince(started) / 1000, 0) });
  writeFileSync(join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`bench/results.json written (${machine.date}).`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
