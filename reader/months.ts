import { instantOf, type Clock } from './clock';
import { MONTHS } from './keywords';
import type { RangeMatch } from './rangeMatch';
import type { Token } from './types';
import { addMonths, monthStart, wallDate, yearOf, type Wall } from './wallTime';

const YEAR = /^(19|20)\d\d$/;
/** Month names that are also common words: read as a month only after "in", "during"… or before a year. */
const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(['may', 'mar']);

function yearAt(tokens: readonly Token[], i: number): number | undefined {
  const text = tokens[i]?.word;
  return text !== undefined && YEAR.test(text) ? Number(text) : undefined;
}

function wholeMonth(clock: Clock, first: Wall, next: number): RangeMatch {
  return { start: instantOf(clock, first), end: instantOf(clock, addMonths(first, 1)), next };
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
  if (year !== undefined) return wholeMonth(clock, wallDate(year, month, 1) as Wall, at + 2);
  const thisMonth = monthStart(clock.today);
  const first = wallDate(yearOf(thisMonth), month, 1) as Wall;
  const ahead = previous ? first >= thisMonth : first > thisMonth;
  return wholeMonth(clock, ahead ? addMonths(first, -12) : first, at + 1);
}

/** "in 2025", "since 1999": a whole year, only after a preposition (a bare number is rarely a year). */
export function readYear(tokens: readonly Token[], i: number, clock: Clock): RangeMatch | undefined {
  const year = yearAt(tokens, i);
  if (year === undefined) return undefined;
  return { start: instantOf(clock, wallDate(year, 1, 1) as Wall), end: instantOf(clock, wallDate(year + 1, 1, 1) as Wall), next: i + 1 };
}
