import { DateTime } from 'luxon';
import { startOfToday, type Clock } from './clock';
import { readCount } from './count';
import { UNITS, type Unit } from './keywords';
import type { RangeMatch } from './rangeMatch';
import type { Token } from './types';

const COMPACT_DURATION = /^([1-9]\d{0,4})(m|mins?|h|hrs?|d|w|wks?)$/;
const MINUTE_MS = 60_000;
/** Units of fixed length, in minutes: a rolling window of them is exact whatever DST does. */
const FIXED_MINUTES: Readonly<Partial<Record<Unit, number>>> = {
  minutes: 1, hours: 60, days: 24 * 60, weeks: 7 * 24 * 60, fortnights: 14 * 24 * 60,
};
type CalendarUnit = 'weeks' | 'months' | 'years';
const PERIOD_OF: Readonly<Record<CalendarUnit, 'week' | 'month' | 'year'>> = { weeks: 'week', months: 'month', years: 'year' };

const isCalendarUnit = (unit: Unit): unit is CalendarUnit => unit === 'weeks' || unit === 'months' || unit === 'years';

/** [now − n units, now]; minutes to fortnights are exact lengths, months and years follow the calendar. */
export function rolling(clock: Clock, n: number, unit: Unit, next: number): RangeMatch {
  const now = clock.now;
  const minutes = FIXED_MINUTES[unit];
  const start = minutes === undefined
    ? now.minus({ [unit]: n })
    : DateTime.fromMillis(now.toMillis() - n * minutes * MINUTE_MS, { zone: now.zone });
  return { start, end: now, next };
}

/** A count and unit at tokens[i]: "3 days", "24h", "a week", "three hours", "a fortnight". */
export function duration(tokens: readonly Token[], i: number): { n: number; unit: Unit; next: number } | undefined {
  const word = tokens[i]?.word ?? '';
  const compact = COMPACT_DURATION.exec(word);
  if (compact) return { n: Number(compact[1]), unit: UNITS.get(compact[2] as string) as Unit, next: i + 1 };
  const count = word === 'a' || word === 'an' ? { n: 1, next: i + 1 } : readCount(tokens, i);
  if (!count) return undefined;
  const unit = UNITS.get(tokens[count.next]?.word ?? '');
  return unit === undefined ? undefined : { n: count.n, unit, next: count.next + 1 };
}

/** The whole calendar week (Monday to Monday), month or year, `offset` periods from the current one. */
function calendarPeriod(clock: Clock, unit: CalendarUnit, offset: number, next: number): RangeMatch {
  const start = clock.now.startOf(PERIOD_OF[unit]).plus({ [unit]: offset });
  return { start, end: start.plus({ [unit]: 1 }), next };
}

/** "last week" (calendar), "last 3 days", "past week", "last hour", "last fortnight" (rolling). */
export function lastPeriod(tokens: readonly Token[], i: number, clock: Clock): RangeMatch | undefined {
  const word = tokens[i]?.word ?? '';
  const counted = duration(tokens, i + 1);
  if (counted) return rolling(clock, counted.n, counted.unit, counted.next);
  const unit = UNITS.get(tokens[i + 1]?.word ?? '');
  if (unit === undefined) return undefined;
  if (word === 'past' || !isCalendarUnit(unit)) return rolling(clock, 1, unit, i + 2);
  return calendarPeriod(clock, unit, -1, i + 2);
}

/** "this week" (from Monday), "this month", "this year", up to now. */
export function thisPeriod(tokens: readonly Token[], i: number, clock: Clock): RangeMatch | undefined {
  const unit = UNITS.get(tokens[i + 1]?.word ?? '');
  if (unit === 'days') return { start: startOfToday(clock), end: clock.now, next: i + 2 };
  if (unit === undefined || !isCalendarUnit(unit)) return undefined;
  return { start: clock.now.startOf(PERIOD_OF[unit]), end: clock.now, next: i + 2 };
}

/** "next week", "next month", "next 3 days": the future, read only so that the caller can say so. */
export function nextPeriod(tokens: readonly Token[], i: number, clock: Clock): RangeMatch | undefined {
  const counted = duration(tokens, i + 1);
  const unit = counted?.unit ?? UNITS.get(tokens[i + 1]?.word ?? '');
  if (unit === undefined) return undefined;
  if (!counted && isCalendarUnit(unit)) return calendarPeriod(clock, unit, 1, i + 2);
  // Any other span ahead is heard only as "the future": its length changes no answer.
  const start = unit === 'days' && !counted ? startOfToday(clock).plus({ days: 1 }) : clock.now;
  return { start, end: start.plus({ days: 1 }), next: counted?.next ?? i + 2 };
}

/** "3 days ago" is that whole local day; "2 hours ago" is the last 2 hours. */
export function ago(clock: Clock, { n, unit, next }: { n: number; unit: Unit; next: number }): RangeMatch {
  if (unit !== 'days') return rolling(clock, n, unit, next + 1);
  const day = startOfToday(clock).minus({ days: n });
  return { start: day, end: day.plus({ days: 1 }), next: next + 1 };
}
