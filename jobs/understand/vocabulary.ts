import { MONTHS, ORGANIZATION_WORDS, PAGING_WORDS, TIME_WORDS, UNITS, WEEKDAYS } from './calendarWords';
import { editDistance } from './editDistance';
import { PHRASES_BY_FIRST_WORD } from './phrases';

/** Every word some reader understands. A name after "for" stops at one of these. */
export const KNOWN_WORDS: ReadonlySet<string> = new Set([
  ...[...PHRASES_BY_FIRST_WORD.values()].flat().flatMap((phrase) => phrase.words),
  ...MONTHS.keys(),
  ...WEEKDAYS.keys(),
  ...UNITS.keys(),
  ...TIME_WORDS,
  ...PAGING_WORDS,
  ...ORGANIZATION_WORDS,
]);

/** Correction targets: short words are left alone, a typo there is as likely another word. */
const TARGETS: readonly string[] = [...KNOWN_WORDS].filter((word) => word.length >= 4 && /^[a-z]+$/.test(word));

const MIN_TYPO_LENGTH = 5;
const LETTERS = /^[a-z]+$/;

/**
 * The known word a mistyped keyword was meant to be ("faild" → "failed"), or the word itself.
 * Words of 5–7 letters tolerate one edit, longer words two; ties go to the earlier vocabulary word.
 */
export function correctTypo(word: string): string {
  if (word.length < MIN_TYPO_LENGTH || KNOWN_WORDS.has(word) || !LETTERS.test(word)) return word;
  const limit = word.length >= 8 ? 2 : 1;
  let best = word;
  let bestDistance = limit + 1;
  for (const target of TARGETS) {
    const distance = editDistance(word, target, bestDistance - 1);
    if (distance < bestDistance) {
      best = target;
      bestDistance = distance;
      if (distance === 1) break;
    }
  }
  return best;
}
