import type { DateTime } from 'luxon';
import { atMinutes, startOfToday, type Clock } from './clock';
import { readClockTime } from './clockTime';
import { readDay } from './dates';
import { MONTHS } from './keywords';
import type { RangeMatch } from './rangeMatch';
import type { Token } from './types';

const SPAN_JOINERS: ReadonlySet<string> = new Set(['and', 'to', '-', '–', '—', 'until', 'till']);

/** A day written after a time: "18:30 yesterday", "10pm on Monday". */
function trailingDay(tokens: readonly Token[], i: number, clock: Clock): { day: DateTime; next: number } | undefined {
  const j = tokens[i]?.word === 'on' ? i + 1 : i;
  return readDay(tokens, j, clock);
}

/**
 * A moment: "7am", "18:30 yesterday", "yesterday 10pm", "2026-11-20 14:00", "Nov 20 at 9:15",
 * as the range [moment, now]. Without a day it floats: the caller decides between today and yesterday.
 */
export function readMoment(tokens: readonly Token[], i: number, clock: Clock): RangeMatch | undefined {
  const time = readClockTime(tokens, i);
  if (time) {
    const day = trailingDay(tokens, time.next, clock);
    const at = atMinutes(day?.day ?? startOfToday(clock), time.minutes);
    return { start: at, end: clock.now, next: day?.next ?? time.next, instant: true, floating: day === undefined };
  }
  const day = readDay(tokens, i, clock);
  if (!day) return undefined;
  const j = tokens[day.next]?.word === 'at' ? day.next + 1 : day.next;
  const dayTime = readClockTime(tokens, j);
  return dayTime && { start: atMinutes(day.day, dayTime.minutes), end: clock.now, next: dayTime.next, instant: true };
}

/**
 * Two clock times: "10am and 4pm", "9 to 17" (bare hours allowed here), then perhaps a day
 * ("… yesterday", "… on Nov 20"); `day` when one was said before ("on Nov 20 between 9 and 17").
 * An end before the start runs past midnight ("22:00 to 06:00").
 */
export function readTimeSpan(tokens: readonly Token[], i: number, clock: Clock, day?: DateTime): RangeMatch | undefined {
  const from = readClockTime(tokens, i, true);
  if (!from || !SPAN_JOINERS.has(tokens[from.next]?.word ?? '')) return undefined;
  const to = readClockTime(tokens, from.next + 1, true);
  // "between 20 and 22 November" is two days, not two times.
  if (!to || MONTHS.has(tokens[to.next]?.word ?? '')) return undefined;
  const after = day === undefined ? trailingDay(tokens, to.next, clock) : undefined;
  const base = day ?? after?.day ?? startOfToday(clock);
  const start = atMinutes(base, from.minutes);
  const end = to.minutes > from.minutes ? atMinutes(base, to.minutes) : atMinutes(base.plus({ days: 1 }), to.minutes);
  return { start, end, next: after?.next ?? to.next, floating: day === undefined && after === undefined };
}
