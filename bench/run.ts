import { cpus, loadavg, totalmem } from 'node:os';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchAlertsRun } from './alertsRun';
import { benchBigRange } from './bigRange';
import { benchBotTurn } from './botTurn';
import { benchCardSize } from './cardSize';
import { benchColdStart } from './coldStart';
import { benchFacadeOverhead } from './facadeOverhead';
import { benchMemory } from './memory';
import { startHostProcess } from './startHostProcess';
import type { HostProcess } from './startHostProcess';
import { millisSince, round } from './stats';
import { benchSummary } from './summary';
import { benchTokenEconomy } from './tokenEconomy';
import { benchUnderstanding } from './understanding';

/** dist/bench/run.js → the repository root. */
const ROOT = join(__dirname, '..', '..');
const RESULTS = join(ROOT, 'bench', 'results.json');

async function timedStep<T>(name: string, step: () => Promise<T> | T): Promise<T> {
  const started = process.hrtime.bigint();
  process.stdout.write(`${name}… `);
  const figures = await step();
  console.log(`${round(millisSince(started) / 1000, 1)} s`);
  console.log(JSON.stringify(figures, null, 2));
  return figures;
}

/** Every bench, by the key its figures have in results.json; `host` ones share one forked host process. */
const BENCHES: Array<{ name: string; title: string; run: (host: HostProcess | undefined) => unknown; host?: true }> = [
  { name: 'understanding', title: 'understanding', run: () => benchUnderstanding() },
  { name: 'cardSize', title: 'card size', run: () => benchCardSize() },
  { name: 'coldStart', title: 'cold start', run: () => benchColdStart(ROOT) },
  { name: 'tokenEconomy', title: 'token economy', run: () => benchTokenEconomy() },
  { name: 'summary', title: 'summary', run: () => benchSummary() },
  { name: 'alertsRun', title: 'alerts run', run: () => benchAlertsRun() },
  { name: 'facadeOverhead', title: 'facade overhead', run: (host) => benchFacadeOverhead(host!), host: true },
  { name: 'botTurn', title: 'bot turn', run: (host) => benchBotTurn(host!), host: true },
  { name: 'bigRange', title: 'big range', run: (host) => benchBigRange(host!), host: true },
  { name: 'memory', title: 'memory', run: (host) => benchMemory(host!), host: true },
];

/**
 * `npm run bench`: every figure of docs/PERFORMANCE.md in one run, written to bench/results.json.
 * `npm run bench -- summary alertsRun` runs only those (names as in results.json) and keeps the other figures.
 */
async function main(): Promise<void> {
  const started = process.hrtime.bigint();
  const only = process.argv.slice(2);
  const unknown = only.filter((name) => !BENCHES.some((b) => b.name === name));
  if (unknown.length > 0) throw new Error(`unknown bench ${unknown.join(', ')}; known: ${BENCHES.map((b) => b.name).join(', ')}`);
  const selected = only.length === 0 ? BENCHES : BENCHES.filter((b) => only.includes(b.name));
  const machine = {
    date: new Date().toISOString(),
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGb: round(totalmem() / 1024 ** 3, 1),
    loadAverageAtStart: loadavg().map((l) => round(l, 2)),
    ...(only.length > 0 && { only }),
  };
  const results: Record<string, unknown> =
    only.length > 0 && existsSync(RESULTS) ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as Record<string, unknown>) : {};
  for (const bench of selected.filter((b) => !b.host)) results[bench.name] = await timedStep(bench.title, () => bench.run(undefined));
  const hosted = selected.filter((b) => b.host);
  if (hosted.length > 0) {
    const host = await startHostProcess();
    try {
      for (const bench of hosted) results[bench.name] = await timedStep(bench.title, () => bench.run(host));
    } finally {
      await host.close();
    }
  }
  Object.assign(machine, { loadAverageAtEnd: loadavg().map((l) => round(l, 2)), benchSeconds: round(millisSince(started) / 1000, 0) });
  // A partial run keeps the machine line of the full one and adds its own.
  if (only.length > 0) results[`machine:${only.join('+')}`] = machine;
  else results.machine = machine;
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`bench/results.json written (${machine.date}).`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
