import type { DateTime } from 'luxon';
import { startOfToday, type Clock } from './clock';
import { MONTHS } from './keywords';
import type { RangeMatch } from './rangeMatch';
import type { Token } from './types';

const YEAR = /^(19|20)\d\d$/;
/** Month names that are also common words: read as a month only after "in", "during"… or before a year. */
const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(['may', 'mar']);

function yearAt(tokens: readonly Token[], i: number): number | undefined {
  const text = tokens[i]?.word;
  return text !== undefined && YEAR.test(text) ? Number(text) : undefined;
}

function wholeMonth(first: DateTime, next: number): RangeMatch {
  return { start: first, end: first.plus({ months: 1 }), next };
}

/**
 * "October", "October 2026", "in March", "last October": that whole calendar month; without a year
 * the most recent one (this month included, but not by "last"). `preposition` allows ambiguous names.
 */
export function readMonth(tokens: readonly Token[], i: number, clock: Clock, preposition: boolean): RangeMatch | undefined {
  const word = tokens[i]?.word ?? '';
  const previous = word === 'last' || word === 'previous';
  const at = previous ? i + 1 : i;
  const name = tokens[at]?.word ?? '';
  const month = MONTHS.get(name);
  if (month === undefined) return undefined;
  const year = yearAt(tokens, at + 1);
  if (year === undefined && !preposition && !previous && AMBIGUOUS_MONTHS.has(name)) return undefined;
  const thisMonth = startOfToday(clock).startOf('month');
  const first = thisMonth.set({ year: year ?? thisMonth.year, month });
  if (year !== undefined) return wholeMonth(first, at + 2);
  const ahead = previous ? first >= thisMonth : first > thisMonth;
  return wholeMonth(ahead ? first.minus({ years: 1 }) : first, at + 1);
}

/** "in 2025", "since 1999": a whole year, only after a preposition (a bare number is rarely a year). */
export function readYear(tokens: readonly Token[], i: number, clock: Clock): RangeMatch | undefined {
  const year = yearAt(tokens, i);
  if (year === undefined) return undefined;
  const first = clock.now.startOf('year').set({ year });
  return { start: first, end: first.plus({ years: 1 }), next: i + 1 };
}
