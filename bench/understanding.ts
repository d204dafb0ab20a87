import * as chrono from 'chrono-node';
import { EXAMPLES, contextOf } from '../jobs/understand/examples';
import { understand } from '../jobs/understand';

const WARM_UP_ROUNDS = 200;
const ROUNDS = 2_000;

/** Microseconds per call of `run` over every item, after warm-up. */
function microsPerItem<T>(items: readonly T[], run: (item: T) => unknown, rounds: number): number {
  for (let r = 0; r < WARM_UP_ROUNDS; r++) for (const item of items) run(item);
  const started = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) for (const item of items) run(item);
  const nanos = Number(process.hrtime.bigint() - started);
  return nanos / 1_000 / (rounds * items.length);
}

/**
 * Time to understand one sentence of the shared example table, with chrono-node's own
 * date parsing over the same sentences as an anchor (it only finds dates; we do more).
 */
export function benchUnderstanding(rounds = ROUNDS): { sentences: number; microsPerSentence: number; chronoMicrosPerSentence: number } {
  const cases = EXAMPLES.map((example) => ({ sentence: example.sentence, context: contextOf(example) }));
  const microsPerSentence = microsPerItem(cases, (c) => understand(c.sentence, c.context), rounds);
  // chrono is much slower; a tenth of the rounds gives a stable figure in reasonable time.
  const chronoMicrosPerSentence = microsPerItem(cases, (c) => chrono.parse(c.sentence, c.context.now), Math.max(1, rounds / 10));
  return { sentences: cases.length, microsPerSentence, chronoMicrosPerSentence };
}

if (require.main === module) {
  const { sentences, microsPerSentence, chronoMicrosPerSentence } = benchUnderstanding();
  console.log(`understand: ${sentences} sentences, ${microsPerSentence.toFixed(2)} µs/sentence`);
  console.log(`chrono-node parse (anchor): ${chronoMicrosPerSentence.toFixed(2)} µs/sentence`);
}
