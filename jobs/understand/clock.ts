import { DateTime, IANAZone } from 'luxon';

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

/** What an IANA zone name can look like: "UTC", "America/Argentina/Buenos_Aires", "Etc/GMT+5". */
const ZONE_SHAPE = /^[A-Za-z][A-Za-z0-9_+-]{1,30}(?:\/[A-Za-z0-9_+-]{1,30}){0,2}$/;

/**
 * Whether a zone name is a valid IANA zone. IANAZone.isValidZone builds an Intl.DateTimeFormat on
 * every call (~100 µs); IANAZone.create caches per name, so it is checked once per zone. Only
 * zone-shaped names reach luxon's cache, which keeps junk input from filling it.
 */
export function isValidTimeZone(timeZone: string): boolean {
  return ZONE_SHAPE.test(timeZone) && IANAZone.create(timeZone).isValid;
}

/** Local midnight today; computed only by readers that need it, as zone arithmetic is the costly part. */
export function startOfToday(clock: Clock): DateTime {
  return clock.now.startOf('day');
}

/** Builds the clock for a zone; an invalid zone falls back to UTC. */
export function makeClock(now: Date, timeZone: string, locale?: string): Clock {
  const zoneValid = isValidTimeZone(timeZone);
  const zone = zoneValid ? timeZone : 'UTC';
  const local = DateTime.fromJSDate(now, { zone });
  return { now: local, zone, dayFirst: isDayFirst(locale), zoneValid };
}
