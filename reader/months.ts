import { DateTime } from 'luxon';
import { instantOf, type Clock, type Wall } from './clock';
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

function wholeMonth(clock: Clock, first: Wall, next: number): RangeMatch {
  return { start: instantOf(clock, first), end: instantOf(clock, first.plus({ months: 1 })), next };
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
  if (year !== undefined) return wholeMonth(clock, DateTime.utc(year, month), at + 2);
  const thisMonth = clock.today.startOf('month');
  const first = DateTime.utc(thisMonth.year, month);
  const ahead = previous ? first >= thisMonth : first > thisMonth;
  return wholeMonth(clock, ahead ? first.minus({ years: 1 }) : first, at + 1);
}

/** "in 2025", "since 1999": a whole year, only after a preposition (a bare number is rarely a year). */
export function readYear(tokens: readonly Token[], i: number, clock: Clock): RangeMatch | undefined {
  const year = yearAt(tokens, i);
  if (year === undefined) return undefined;
  return { start: instantOf(clock, DateTime.utc(year)), end: instantOf(clock, DateTime.utc(year + 1)), next: i + 1 };
}

const SPAN_JOINERS: ReadonlySet<string> = new Set(['to', '-', '–', '—', 'until', 'till', 'through', 'thru']);

interface MonthAt {
  month: number;
  year?: number;
  next: number;
}

function monthAt(tokens: readonly Token[], i: number, name = tokens[i]?.word ?? ''): MonthAt | undefined {
  const month = MONTHS.get(name);
  if (month === undefined) return undefined;
  const year = yearAt(tokens, i + 1);
  return year === undefined ? { month, next: i + 1 } : { month, year, next: i + 2 };
}

/** Both ends of "July to September", "Jan–Mar 2025", "jan-mar" (one token); `andJoins` after "between". */
function spanEnds(tokens: readonly Token[], i: number, andJoins: boolean): [MonthAt, MonthAt] | undefined {
  const word = tokens[i]?.word ?? '';
  const dash = word.indexOf('-');
  if (dash > 0) {
    const from = monthAt(tokens, i, word.slice(0, dash));
    const to = monthAt(tokens, i, word.slice(dash + 1));
    return from && to && [{ month: from.month, next: i + 1 }, to];
  }
  const from = monthAt(tokens, i);
  const joiner = tokens[from?.next ?? i]?.word ?? '';
  if (!from || !(SPAN_JOINERS.has(joiner) || (andJoins && joiner === 'and'))) return undefined;
  const to = monthAt(tokens, from.next + 1);
  return to && [from, to];
}

/**
 * "July to September", "from March till May", "Jan–Mar", "between July 2025 and March 2026": the whole
 * months. Without years, the most recent start (this month included) and the end after it.
 */
export function readMonthSpan(tokens: readonly Token[], i: number, clock: Clock, andJoins = false): RangeMatch | undefined {
  const ends = spanEnds(tokens, i, andJoins);
  if (!ends) return undefined;
  const [from, to] = ends;
  const wraps = to.month < from.month ? 1 : 0;
  let startYear: number;
  if (from.year !== undefined) startYear = from.year;
  else if (to.year !== undefined) startYear = to.year - wraps;
  else {
    const thisMonth = clock.today.startOf('month');
    startYear = DateTime.utc(thisMonth.year, from.month) > thisMonth ? thisMonth.year - 1 : thisMonth.year;
  }
  const endYear = to.year ?? startYear + wraps;
  const start = DateTime.utc(startYear, from.month);
  const end = DateTime.utc(endYear, to.month).plus({ months: 1 });
  return end > start ? { start: instantOf(clock, start), end: instantOf(clock, end), next: to.next } : undefined;
}
