import { JOB_WORDS, MONTHS, NUMBER_WORDS, ORGANIZATION_WORDS, PAGE_SIZE_WORDS, TIME_WORDS, UNITS, WEEKDAYS } from './keywords';
import { editDistance } from '../jobs/editDistance';
import { MEASURE_WORDS } from './measures';
import { PHRASES_BY_FIRST_WORD } from './phrases';

/** Every word some reader understands. A name after "for" stops at one of these. */
export const KNOWN_WORDS: ReadonlySet<string> = new Set([
  ...[...PHRASES_BY_FIRST_WORD.values()].flat().flatMap((phrase) => phrase.words),
  ...MONTHS.keys(),
  ...WEEKDAYS.keys(),
  ...UNITS.keys(),
  ...NUMBER_WORDS.keys(),
  ...TIME_WORDS,
  ...PAGE_SIZE_WORDS,
  ...JOB_WORDS,
  ...ORGANIZATION_WORDS,
  ...MEASURE_WORDS,
]);

/** The set of letters in a word, one bit per letter a–z. */
function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) mask |= 1 << (word.charCodeAt(i) - 97);
  return mask;
}

function bitCount(n: number): number {
  let count = 0;
  for (let v = n; v !== 0; v &= v - 1) count++;
  return count;
}

interface Target {
  word: string;
  mask: number;
}

/**
 * Correction targets by length, so a word is only compared with words of nearly its length.
 * Short words are left alone: a typo there is as likely another word.
 */
const TARGETS_BY_LENGTH: ReadonlyMap<number, readonly Target[]> = (() => {
  const byLength = new Map<number, Target[]>();
  for (const word of KNOWN_WORDS) {
    if (word.length < 4 || !/^[a-z]+$/.test(word)) continue;
    byLength.set(word.length, [...(byLength.get(word.length) ?? []), { word, mask: letterMask(word) }]);
  }
  return byLength;
})();

const MIN_TYPO_LENGTH = 5;
const LENGTH_DELTAS_ONE_EDIT = [0, -1, 1] as const;
const LENGTH_DELTAS_TWO_EDITS = [0, -1, 1, -2, 2] as const;
const LETTERS = /^[a-z]+$/;

/**
 * The known word a mistyped keyword was meant to be ("faild" → "failed"), or the word itself.
 * Words of 5–7 letters tolerate one edit, longer words two.
 */
export function correctTypo(word: string): string {
  if (word.length < MIN_TYPO_LENGTH || KNOWN_WORDS.has(word) || !LETTERS.test(word)) return word;
  const limit = word.length >= 8 ? 2 : 1;
  const mask = letterMask(word);
  let best = word;
  let bestDistance = limit + 1;
  // Same length first, then shorter and longer: ties go to the nearest length, then vocabulary order.
  for (const delta of limit === 1 ? LENGTH_DELTAS_ONE_EDIT : LENGTH_DELTAS_TWO_EDITS) {
    for (const target of TARGETS_BY_LENGTH.get(word.length + delta) ?? []) {
      // One edit changes at most two letters of the letter set: a cheap test before the real one.
      if (bitCount(mask ^ target.mask) > 2 * (bestDistance - 1)) continue;
      const distance = editDistance(word, target.word, bestDistance - 1);
      if (distance < bestDistance) {
        best = target.word;
        bestDistance = distance;
        if (distance === 1) return best;
      }
    }
  }
  return best;
}
