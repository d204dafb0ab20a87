import { instantOf, type Clock, type Wall } from './clock';
import { readClockTime } from './clockTime';
import { readDay } from './dates';
import { MONTHS } from './keywords';
import { wallRange, type RangeMatch } from './rangeMatch';
import type { Token } from './types';

const SPAN_JOINERS: ReadonlySet<string> = new Set(['and', 'to', '-', '–', '—', 'until', 'till']);

/** A day written after a time: "18:30 yesterday", "10pm on Monday". */
function trailingDay(tokens: readonly Token[], i: number, clock: Clock): { day: Wall; next: number } | undefined {
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
    const start = instantOf(clock, (day?.day ?? clock.today).plus({ minutes: time.minutes }));
    return { start, end: clock.now, next: day?.next ?? time.next, instant: true, floating: day === undefined };
  }
  const day = readDay(tokens, i, clock);
  if (!day) return undefined;
  const j = tokens[day.next]?.word === 'at' ? day.next + 1 : day.next;
  const dayTime = readClockTime(tokens, j);
  if (!dayTime) return undefined;
  return { start: instantOf(clock, day.day.plus({ minutes: dayTime.minutes })), end: clock.now, next: dayTime.next, instant: true };
}

const BARE_HOUR = /^\d{1,2}$/;
const HALF_DAY_MINUTES = 12 * 60;

/**
 * Two clock times: "10am and 4pm", "9 to 17" (bare hours allowed here), then perhaps a day
 * ("… yesterday", "… on Nov 20"); `day` when one was said before ("on Nov 20 between 9 and 17").
 * A written end before the start runs past midnight ("22:00 to 06:00"); a bare one is in the
 * afternoon ("between 8 and 6", "from 9 to 5": working hours), and never the next morning: "from 22
 * to 6" is left for the caller to ask about.
 */
export function readTimeSpan(tokens: readonly Token[], i: number, clock: Clock, day?: Wall): RangeMatch | undefined {
  const from = readClockTime(tokens, i, true);
  if (!from || !SPAN_JOINERS.has(tokens[from.next]?.word ?? '')) return undefined;
  const to = readClockTime(tokens, from.next + 1, true);
  // "between 20 and 22 November" is two days, not two times.
  if (!to || MONTHS.has(tokens[to.next]?.word ?? '')) return undefined;
  let toMinutes = to.minutes;
  if (toMinutes <= from.minutes && to.next === from.next + 2 && BARE_HOUR.test(tokens[from.next + 1]?.word ?? '')) {
    toMinutes += HALF_DAY_MINUTES;
    if (toMinutes <= from.minutes || toMinutes > 2 * HALF_DAY_MINUTES) return undefined;
  }
  const after = day === undefined ? trailingDay(tokens, to.next, clock) : undefined;
  const base = day ?? after?.day ?? clock.today;
  const end = base.plus({ days: toMinutes > from.minutes ? 0 : 1, minutes: toMinutes });
  return wallRange(clock, base.plus({ minutes: from.minutes }), end, after?.next ?? to.next, {
    floating: day === undefined && after === undefined,
  });
}
