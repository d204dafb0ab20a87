import { DateTime } from 'luxon';
import { DAY_MS, HOUR_MS, MINUTE_MS } from './time';
import { luxonZoneName } from './timeZone';

/**
 * A range as words for an answer sentence, in the user's zone: "in the last 24 hours",
 * "since yesterday 18:00", "from Mon 17 Nov to Fri 21 Nov". Pure; `now` decides "yesterday".
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
  const at = (ms: number) => moment(DateTime.fromMillis(ms, { zone }), today);
  return untilNow ? `since ${at(startMs)}` : `from ${at(startMs)} to ${at(endMs)}`;
}

/** An instant as an answer says it, in the user's zone: "today 07:00", "yesterday 18:00", "Mon 17 Nov 09:30". */
export function momentPhrase(time: string, now: Date, timeZone: string): string {
  const zone = luxonZoneName(timeZone) ?? 'UTC';
  return moment(DateTime.fromISO(time, { zone }), DateTime.fromJSDate(now, { zone }).startOf('day'));
}

/** "today 07:00", "yesterday 18:00", "Mon 17 Nov", "Mon 17 Nov 09:30": the time only when not midnight. */
function moment(time: DateTime, today: DateTime): string {
  const days = Math.round(today.diff(time.startOf('day'), 'days').days);
  const day = days === 0 ? 'today' : days === 1 ? 'yesterday' : time.toFormat('ccc d LLL', { locale: 'en-GB' });
  const midnight = time.hour === 0 && time.minute === 0;
  return midnight && days > 1 ? day : `${day} ${time.toFormat('HH:mm')}`;
}
