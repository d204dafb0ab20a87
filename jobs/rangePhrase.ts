import { DateTime } from 'luxon';
import { DAY_MS, HOUR_MS, MINUTE_MS } from './time';
import { luxonZoneName } from './timeZone';

/**
 * A range as words for an answer sentence, in the user's zone: "in the last 24 hours", "since
 * yesterday 18:00", "from Mon 17 Nov to Fri 21 Nov" (whole days, the last one named), "on Mon 17 Nov".
 * Pure; `now` decides "yesterday".
 */
export function rangePhrase(startTime: string, endTime: string, now: Date, timeZone: string): string {
  const zone = luxonZoneName(timeZone) ?? 'UTC';
  const startMs = Date.parse(startTime);
  const endMs = Date.parse(endTime);
  const untilNow = Math.abs(now.getTime() - endMs) < MINUTE_MS;
  const length = endMs - startMs;
  // Rolling hours and days read best as such; any other start is said as the clock time it was.
  if (untilNow && length === HOUR_MS) return 'in the last hour';
  if (untilNow && length === DAY_MS) return 'in the last 24 hours';
  if (untilNow && length % DAY_MS === 0) return `in the last ${length / DAY_MS} days`;
  const today = DateTime.fromJSDate(now, { zone }).startOf('day');
  const start = DateTime.fromMillis(startMs, { zone });
  const end = DateTime.fromMillis(endMs, { zone });
  if (untilNow) return `since ${moment(start, today)}`;
  // Whole days end at the midnight after the last one, which a reader would take as one day more.
  if (isMidnight(start) && isMidnight(end)) {
    const last = end.minus({ days: 1 });
    if (!last.hasSame(start, 'day')) return `from ${dayName(start, today)} to ${dayName(last, today)}`;
    const day = dayName(start, today);
    return RELATIVE_DAYS.has(day) ? day : `on ${day}`;
  }
  return `from ${moment(start, today)} to ${moment(end, today)}`;
}

/** An instant as an answer says it, in the user's zone: "today 07:00", "yesterday 18:00", "Mon 17 Nov 09:30". */
export function momentPhrase(time: string, now: Date, timeZone: string): string {
  const zone = luxonZoneName(timeZone) ?? 'UTC';
  return moment(DateTime.fromISO(time, { zone }), DateTime.fromJSDate(now, { zone }).startOf('day'));
}

const RELATIVE_DAYS: ReadonlySet<string> = new Set(['today', 'yesterday']);
/** The first instant of its day: 00:00, or 01:00 where a daylight-saving change skips midnight (America/Santiago). */
const isMidnight = (time: DateTime) => time.toMillis() === time.startOf('day').toMillis();

/** "today", "yesterday", "Mon 17 Nov". */
function dayName(time: DateTime, today: DateTime): string {
  const days = Math.round(today.diff(time.startOf('day'), 'days').days);
  return days === 0 ? 'today' : days === 1 ? 'yesterday' : time.toFormat('ccc d LLL', { locale: 'en-GB' });
}

/** "today 07:00", "yesterday 18:00", "Mon 17 Nov", "Mon 17 Nov 09:30": the time only when not midnight. */
function moment(time: DateTime, today: DateTime): string {
  const day = dayName(time, today);
  return isMidnight(time) && !RELATIVE_DAYS.has(day) ? day : `${day} ${time.toFormat('HH:mm')}`;
}
