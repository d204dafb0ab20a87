import { MONTH_FIRST_ZONES } from './monthFirstZones';

/** How the user writes a numeric date such as 2/12, and what said so (a locale or a zone), for the reading. */
export interface DateOrder {
  dayFirst: boolean;
  by: string;
}

/** 2 December, a date whose day and month differ in every pattern. */
const SAMPLE = new Date(Date.UTC(2026, 11, 2, 12));
const REGION = /^[A-Z]{2}$/;

/**
 * Whether a country writes the day first, as CLDR says for its main language. NOTE: process-wide and
 * bounded by the 676 two-letter regions; one Intl.DateTimeFormat (~0.4 ms) per region ever asked.
 */
const DAY_FIRST_BY_REGION = new Map<string, boolean>();

export function regionDayFirst(region: string): boolean {
  let dayFirst = DAY_FIRST_BY_REGION.get(region);
  if (dayFirst === undefined) {
    const language = new Intl.Locale(`und-${region}`).maximize().language;
    const types = new Intl.DateTimeFormat(`${language}-${region}`, { day: 'numeric', month: 'numeric', timeZone: 'UTC' })
      .formatToParts(SAMPLE)
      .map((part) => part.type);
    dayFirst = types.indexOf('day') < types.indexOf('month');
    DAY_FIRST_BY_REGION.set(region, dayFirst);
  }
  return dayFirst;
}

/** The country of a locale: written ("en-GB") or the likely one of its language ("de" → DE); undefined for "es-419". */
function regionOf(locale: string): string | undefined {
  try {
    const region = new Intl.Locale(locale).maximize().region;
    return region !== undefined && REGION.test(region) ? region : undefined;
  } catch {
    // Not a BCP 47 tag (HTTP refuses those; Teams sends valid ones): the zone decides instead.
    return undefined;
  }
}

/** A zone of a country ("Europe/Berlin"), as opposed to UTC, "Etc/GMT+5" or "CET". */
const hasCountry = (zone: string): boolean => zone.includes('/') && !zone.startsWith('Etc/');

/**
 * The user's locale decides; without one, the convention of the zone's country (Europe/Berlin: day
 * first, America/New_York: month first); with neither, month first, the default of COMMANDS.md.
 */
export function dateOrderOf(locale: string | undefined, zone: string): DateOrder {
  const region = locale === undefined ? undefined : regionOf(locale);
  if (locale !== undefined && region !== undefined) return { dayFirst: regionDayFirst(region), by: locale };
  if (hasCountry(zone)) return { dayFirst: !MONTH_FIRST_ZONES.has(zone), by: zone };
  return { dayFirst: false, by: 'the default' };
}
