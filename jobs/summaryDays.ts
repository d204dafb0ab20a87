import { DateTime } from 'luxon';
import { luxonZoneName } from './timeZone';

/** A trend needs a few points: shorter ranges show the status split only. */
export const MIN_TREND_DAYS = 3;
/**
 * Each day costs two upstream counts (failures, successes), so longer ranges get no trend: at most
 * 62 extra calls per summary (docs/API.md, "What a summary costs").
 */
export const MAX_TREND_DAYS = 31;

/** One calendar day of a range in the user's zone, cut to the range at both ends. */
export interface SummaryDay {
  /** yyyy-MM-dd in the zone. */
  day: string;
  /** ISO 8601 UTC. */
  startTime: string;
  endTime: string;
}

/**
 * Pure: the calendar days (in `timeZone`, UTC when invalid) that the range touches, or undefined
 * when they are fewer than MIN_TREND_DAYS or more than MAX_TREND_DAYS.
 */
export function summaryDays(startTime: string, endTime: string, timeZone: string): SummaryDay[] | undefined {
  const zone = luxonZoneName(timeZone) ?? 'UTC';
  const start = DateTime.fromISO(startTime, { zone });
  const end = DateTime.fromISO(endTime, { zone });
  if (!start.isValid || !end.isValid || end <= start) return undefined;
  const touched = Math.ceil(end.minus({ milliseconds: 1 }).startOf('day').diff(start.startOf('day'), 'days').days) + 1;
  if (touched < MIN_TREND_DAYS || touched > MAX_TREND_DAYS) return undefined;
  return Array.from({ length: touched }, (_, i) => {
    const day = start.startOf('day').plus({ days: i });
    const from = i === 0 ? start : day;
    const to = i === touched - 1 ? end : day.plus({ days: 1 });
    return { day: day.toISODate(), startTime: from.toUTC().toISO(), endTime: to.toUTC().toISO() };
  });
}
