import { DateTime } from 'luxon';
import { UNITS, type Unit } from './keywords';
import { startOfToday, type Clock } from './clock';
import { readDay, readDaySpan } from './dates';
import type { Token } from './types';

/** A time range read from the sentence: [start, end) in the user's zone, and the index after it. */
export interface RangeMatch {
  start: DateTime;
  end: DateTime;
  next: number;
  /** Whether two days were joined ("Nov 20 – Nov 22"), as opposed to one day. */
  joined?: boolean;
}

/** Counts from 1 to 999: "0 days" is no window, and a thousand years is no job history. */
const NUMBER = /^[1-9]\d{0,2}$/;
const COMPACT_DURATION = /^([1-9]\d{0,2})(h|hrs?|d|w|wks?)$/;
const RANGE_SEPARATORS: ReadonlySet<string> = new Set(['-', '–', '—', 'to', 'until', 'till', 'through', 'thru']);
const LAST_WORDS: ReadonlySet<string> = new Set(['last', 'past', 'previous']);
const HOUR_MS = 3_600_000;

/** [now − n units, now]; hours, days and weeks are exact multiples of 24 h, months follow the calendar. */
function rolling(clock: Clock, n: number, unit: Unit, next: number): RangeMatch {
  const now = clock.now;
  const hours = unit === 'hours' ? n : unit === 'days' ? n * 24 : unit === 'weeks' ? n * 168 : undefined;
  const start = hours === undefined
    ? now.minus({ [unit]: n })
    : DateTime.fromMillis(now.toMillis() - hours * HOUR_MS, { zone: now.zone });
  return { start, end: now, next };
}

/** The whole previous calendar week (Monday to Monday), month or year. */
function previousPeriod(clock: Clock, unit: 'weeks' | 'months' | 'years', next: number): RangeMatch {
  const period = unit === 'weeks' ? 'week' : unit === 'months' ? 'month' : 'year';
  const end = clock.now.startOf(period);
  return { start: end.minus({ [unit]: 1 }), end, next };
}

/** A count and unit at tokens[i]: "3 days", "24h", "a week". */
function duration(tokens: readonly Token[], i: number): { n: number; unit: Unit; next: number } | undefined {
  const word = tokens[i]?.word ?? '';
  const compact = COMPACT_DURATION.exec(word);
  if (compact) return { n: Number(compact[1]), unit: UNITS.get(compact[2] as string) as Unit, next: i + 1 };
  const unit = UNITS.get(tokens[i + 1]?.word ?? '');
  if (unit === undefined) return undefined;
  if (NUMBER.test(word)) return { n: Number(word), unit, next: i + 2 };
  if (word === 'a' || word === 'one') return { n: 1, unit, next: i + 2 };
  return undefined;
}

/** "last week" (calendar), "last 3 days", "past week", "last hour" (rolling). */
function lastPeriod(tokens: readonly Token[], i: number, clock: Clock): RangeMatch | undefined {
  const word = tokens[i]?.word ?? '';
  const counted = duration(tokens, i + 1);
  if (counted) return rolling(clock, counted.n, counted.unit, counted.next);
  const unit = UNITS.get(tokens[i + 1]?.word ?? '');
  if (unit === undefined) return undefined;
  if (word === 'past' || unit === 'hours' || unit === 'days') return rolling(clock, 1, unit, i + 2);
  return previousPeriod(clock, unit, i + 2);
}

/** "this week" (from Monday), "this month", "this year", up to now. */
function thisPeriod(tokens: readonly Token[], i: number, clock: Clock): RangeMatch | undefined {
  const unit = UNITS.get(tokens[i + 1]?.word ?? '');
  if (unit === undefined || unit === 'hours') return undefined;
  const period = unit === 'days' ? 'day' : unit === 'weeks' ? 'week' : unit === 'months' ? 'month' : 'year';
  return { start: clock.now.startOf(period), end: clock.now, next: i + 2 };
}

/** A day, or a day range "Nov 20 – Nov 22" / "Nov 20 to 22nd"; `and` joins only after "between". */
function days(tokens: readonly Token[], i: number, clock: Clock, andJoins: boolean): RangeMatch | undefined {
  const span = readDaySpan(tokens, i, clock);
  if (span) return ordered(span.from, span.to, span.next, true);
  const from = readDay(tokens, i, clock);
  if (!from) return undefined;
  const separator = tokens[from.next]?.word ?? '';
  const joins = RANGE_SEPARATORS.has(separator) || (andJoins && separator === 'and');
  const to = joins ? readDay(tokens, from.next + 1, clock) : undefined;
  const last = to ?? from;
  return ordered(from.day, last.day, last.next, to !== undefined);
}

/** The days from one to the other, both included; written backwards ("Nov 22 – Nov 20") means the same. */
function ordered(a: DateTime, b: DateTime, next: number, joined: boolean): RangeMatch {
  const [first, last] = b < a ? [b, a] : [a, b];
  return { start: first, end: last.plus({ days: 1 }), next, joined };
}

/** "3 days ago" is that whole local day; "2 hours ago" is the last 2 hours. */
function ago(clock: Clock, { n, unit, next }: { n: number; unit: Unit; next: number }): RangeMatch {
  if (unit !== 'days') return rolling(clock, n, unit, next + 1);
  const day = startOfToday(clock).minus({ days: n });
  return { start: day, end: day.plus({ days: 1 }), next: next + 1 };
}

/** Ranges that reach the present stop at now: "today" is [midnight, now]. */
function upToNow(range: RangeMatch, clock: Clock): RangeMatch {
  return range.start < clock.now && range.end > clock.now ? { ...range, end: clock.now } : range;
}

/** Reads one time range at tokens[i], or undefined if none starts there. */
export function readTimeRange(tokens: readonly Token[], i: number, clock: Clock): RangeMatch | undefined {
  const word = tokens[i]?.word ?? '';
  if (word === 'since') {
    // "since Monday", "since last week": from the start of that day or period until now.
    const origin = readTimeRange(tokens, i + 1, clock);
    return origin && { start: origin.start, end: clock.now, next: origin.next };
  }
  // "from Nov 20 to Nov 22"; alone, "jobs from yesterday" means that day, not since it.
  if (word === 'from') return readTimeRange(tokens, i + 1, clock);
  if (word === 'between') {
    const range = days(tokens, i + 1, clock, true);
    return range && upToNow(range, clock);
  }
  if (word === 'on') {
    const range = days(tokens, i + 1, clock, false);
    return range && upToNow(range, clock);
  }
  if (word === 'this') return thisPeriod(tokens, i, clock);
  if (LAST_WORDS.has(word)) {
    const period = lastPeriod(tokens, i, clock);
    if (period) return period;
  }
  const counted = duration(tokens, i);
  if (counted) {
    return tokens[counted.next]?.word === 'ago' ? ago(clock, counted) : rolling(clock, counted.n, counted.unit, counted.next);
  }
  const range = days(tokens, i, clock, false);
  return range && upToNow(range, clock);
}
