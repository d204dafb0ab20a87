import * as chrono from 'chrono-node';
import { EXAMPLES, contextOf } from '../reader/fixtures/examples';
import { understand } from '../reader';
import { median, ratio, round } from './stats';

const WARM_UP_ROUNDS = 200;
const ROUNDS = 400;
const SAMPLES = 5;

/** Microseconds per call of `run` over every item, `rounds` times. */
function microsPerItem<T>(items: readonly T[], run: (item: T) => unknown, rounds: number): number {
  const started = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) for (const item of items) run(item);
  const nanos = Number(process.hrtime.bigint() - started);
  return nanos / 1_000 / (rounds * items.length);
}

export interface UnderstandingFigures {
  sentences: number;
  microsPerSentence: number;
  chronoMicrosPerSentence: number;
  ratioToChrono: number;
}

/**
 * Time to understand one sentence of the shared example table, with chrono-node's own date
 * parsing over the same sentences as the anchor (it only finds dates; we read the whole request).
 * Samples alternate between the two so that drift hits both alike; medians are reported. The
 * warm-up also pays each zone's first Intl formatter and fills the reader's offset memo: the figure
 * is the steady state. Alone: `npm run build && node dist/bench/understanding.js`.
 */
export function benchUnderstanding(rounds = ROUNDS): UnderstandingFigures {
  const cases = EXAMPLES.map((example) => ({ sentence: example.sentence, context: contextOf(example) }));
  const ours = (c: (typeof cases)[number]) => understand(c.sentence, c.context);
  const theirs = (c: (typeof cases)[number]) => chrono.parse(c.sentence, c.context.now);
  microsPerItem(cases, ours, WARM_UP_ROUNDS);
  // chrono is slower per call; a quarter of the rounds gives as stable a figure.
  microsPerItem(cases, theirs, WARM_UP_ROUNDS / 4);
  const samples = { ours: [] as number[], theirs: [] as number[] };
  for (let s = 0; s < SAMPLES; s++) {
    samples.ours.push(microsPerItem(cases, ours, rounds));
    samples.theirs.push(microsPerItem(cases, theirs, Math.max(1, rounds / 4)));
  }
  const microsPerSentence = round(median(samples.ours), 2);
  const chronoMicrosPerSentence = round(median(samples.theirs), 2);
  return {
    sentences: cases.length,
    microsPerSentence,
    chronoMicrosPerSentence,
    ratioToChrono: ratio(microsPerSentence, chronoMicrosPerSentence),
  };
}

if (require.main === module) console.log(benchUnderstanding());
