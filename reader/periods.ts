import type { DateTimeUnit } from 'luxon';
import { DAY_MS, MINUTE_MS } from '../jobs/time';
import { instantOf, type Clock, type Wall } from './clock';
import { readCount } from './count';
import { UNITS, type Unit } from './keywords';
import type { RangeMatch } from './rangeMatch';
import type { Token } from './types';

const COMPACT_DURATION = /^([1-9]\d{0,4})(m|mins?|h|hrs?|d|w|wks?)$/;
/** Units of fixed length, in minutes: a rolling window of them is exact whatever DST does. */
const FIXED_MINUTES: Readonly<Partial<Record<Unit, number>>> = {
  minutes: 1,
  hours: 60,
  days: 24 * 60,
  weeks: 7 * 24 * 60,
  fortnights: 14 * 24 * 60,
};
/** Units that follow the calendar, with their length in months. */
const MONTHS_PER: Readonly<Partial<Record<Unit, number>>> = { months: 1, quarters: 3, years: 12 };
type CalendarUnit = 'weeks' | 'months' | 'quarters' | 'years';
const isCalendarUnit = (unit: Unit): unit is CalendarUnit => unit === 'weeks' || MONTHS_PER[unit] !== undefined;
const PERIOD: Readonly<Record<CalendarUnit, DateTimeUnit>> = { weeks: 'week', months: 'month', quarters: 'quarter', years: 'year' };

/** The start of the calendar week (from Monday, COMMANDS.md: luxon's ISO week), month, quarter or year holding a wall time, `offset` periods on. */
const periodStart = (wall: Wall, unit: CalendarUnit, offset: number): Wall => wall.startOf(PERIOD[unit]).plus({ [unit]: offset });

/** [now − n units, now]; minutes to fortnights are exact lengths, months to years follow the calendar. */
export function rolling(clock: Clock, n: number, unit: Unit, next: number): RangeMatch {
  const minutes = FIXED_MINUTES[unit];
  const start =
    minutes === undefined
      ? instantOf(clock, clock.nowWall.minus({ months: n * (MONTHS_PER[unit] as number) }))
      : clock.now - n * minutes * MINUTE_MS;
  return { start, end: clock.now, next };
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
  const start = periodStart(clock.nowWall, unit, offset);
  return { start: instantOf(clock, start), end: instantOf(clock, periodStart(start, unit, 1)), next };
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

/** "this week" (from Monday), "this month", "this quarter", "this year", "this day" ("current" alike), up to now. */
export function thisPeriod(tokens: readonly Token[], i: number, clock: Clock): RangeMatch | undefined {
  const unit = UNITS.get(tokens[i + 1]?.word ?? '');
  if (unit === 'days') return { start: instantOf(clock, clock.today), end: clock.now, next: i + 2 };
  if (unit === undefined || !isCalendarUnit(unit)) return undefined;
  return { start: instantOf(clock, periodStart(clock.nowWall, unit, 0)), end: clock.now, next: i + 2 };
}

/** "next week", "next month", "next 3 days": the future, read only so that the caller can say so. */
export function nextPeriod(tokens: readonly Token[], i: number, clock: Clock): RangeMatch | undefined {
  const counted = duration(tokens, i + 1);
  const unit = counted?.unit ?? UNITS.get(tokens[i + 1]?.word ?? '');
  if (unit === undefined) return undefined;
  if (!counted && isCalendarUnit(unit)) return calendarPeriod(clock, unit, 1, i + 2);
  // Any other span ahead is heard only as "the future": its length changes no answer.
  const start = unit === 'days' && !counted ? instantOf(clock, clock.today.plus({ days: 1 })) : clock.now;
  return { start, end: start + DAY_MS, next: counted?.next ?? i + 2 };
}

type Counted = { n: number; unit: Unit; next: number };

/**
 * "3 days ago", "3 weeks ago", "two months ago": that whole calendar day, week (Monday to Monday),
 * month, quarter or year, not the last N of them; "2 hours ago" is the last 2 hours.
 */
export function ago(clock: Clock, { n, unit, next }: Counted): RangeMatch {
  if (unit === 'fortnights') return calendarPeriod(clock, 'weeks', -2 * n, next + 1);
  if (isCalendarUnit(unit)) return calendarPeriod(clock, unit, -n, next + 1);
  if (unit !== 'days') return rolling(clock, n, unit, next + 1);
  const day = clock.today.minus({ days: n });
  return { start: instantOf(clock, day), end: instantOf(clock, day.plus({ days: 1 })), next: next + 1 };
}

/** "since 3 weeks ago": the day that far back, not the start of its week. */
export function agoDay(clock: Clock, { n, unit, next }: Counted): RangeMatch {
  const months = MONTHS_PER[unit];
  const minutes = FIXED_MINUTES[unit] as number;
  if (months === undefined && minutes < 24 * 60) return rolling(clock, n, unit, next + 1);
  const day = months === undefined ? clock.today.minus({ minutes: n * minutes }) : clock.today.minus({ months: n * months });
  return { start: instantOf(clock, day), end: instantOf(clock, day.plus({ days: 1 })), next: next + 1 };
}
