import { DateTime } from 'luxon';
import { luxonZoneName } from '../timeZone';

/** The user's "now" in their zone, with what date reading needs. */
export interface Clock {
  now: DateTime;
  zone: string;
  /** Whether 11/12 means 11 December. */
  dayFirst: boolean;
  /** False when the requested zone was not a valid IANA zone and UTC was used instead. */
  zoneValid: boolean;
}

/** Regions that write the month first (11/20); everyone else writes the day first. */
const MONTH_FIRST_REGIONS: ReadonlySet<string> = new Set(['us', 'ph', 'fm', 'mh', 'pw', 'as', 'gu', 'mp', 'um', 'vi']);
const REGION = /[-_]([a-z]{2})\b/i;

/** No locale, or a language without region, keeps the month-first default of COMMANDS.md. */
function isDayFirst(locale: string | undefined): boolean {
  if (locale === undefined) return false;
  const region = REGION.exec(locale)?.[1];
  return region !== undefined && !MONTH_FIRST_REGIONS.has(region.toLowerCase());
}

/** Local midnight today; computed only by readers that need it, as zone arithmetic is the costly part. */
export function startOfToday(clock: Clock): DateTime {
  return clock.now.startOf('day');
}

/** A local wall-clock time on a day (given as its local midnight); a time skipped by DST moves forward, as luxon does. */
export function atMinutes(day: DateTime, minutes: number): DateTime {
  return minutes === 0 ? day : minutes === 24 * 60 ? day.plus({ days: 1 }) : day.set({ hour: Math.floor(minutes / 60), minute: minutes % 60 });
}

/** Builds the clock for a zone; an invalid zone falls back to UTC. */
export function makeClock(now: Date, timeZone: string, locale?: string): Clock {
  const luxonZone = luxonZoneName(timeZone);
  const zoneValid = luxonZone !== undefined;
  const local = DateTime.fromJSDate(now, { zone: luxonZone ?? 'UTC' });
  return { now: local, zone: zoneValid ? timeZone : 'UTC', dayFirst: isDayFirst(locale), zoneValid };
}
