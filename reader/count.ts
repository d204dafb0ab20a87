import { NUMBER_WORDS } from './keywords';
import type { Token } from './types';

/** Digits up to five: large enough to hear "last 1000 days" and answer with the limit. */
const DIGITS = /^[1-9]\d{0,4}$/;
const TENS_AND_UNIT = /^(twenty|thirty|forty|fifty|sixty|ninety)-(one|two|three|four|five|six|seven|eight|nine)$/;

/** A count written as digits or words: "3", "three", "twenty-five", "a dozen". `a`/`an` alone is never a count here. */
export function readCount(tokens: readonly Token[], i: number): { n: number; next: number } | undefined {
  const word = tokens[i]?.word ?? '';
  if (DIGITS.test(word)) return { n: Number(word), next: i + 1 };
  if (word === 'a' && tokens[i + 1]?.word === 'dozen') return { n: 12, next: i + 2 };
  const named = NUMBER_WORDS.get(word);
  if (named !== undefined) return { n: named, next: i + 1 };
  const compound = TENS_AND_UNIT.exec(word);
  if (compound) {
    return { n: (NUMBER_WORDS.get(compound[1] as string) as number) + (NUMBER_WORDS.get(compound[2] as string) as number), next: i + 1 };
  }
  return undefined;
}
