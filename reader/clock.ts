import { luxonZoneName } from '../jobs/timeZone';
import { dateOrderOf, type DateOrder } from './dateOrder';
import { DAY_MS, MINUTE_MS, dayStart, type Wall } from './wallTime';
import { offsetsOf } from './zoneOffsets';

/** The user's "now" in their zone, with what date reading needs. */
export interface Clock {
  /** Now, epoch ms. */
  now: number;
  /** Now on the user's wall clock, and the midnight that began today there. */
  nowWall: Wall;
  today: Wall;
  /** The user's UTC offset in minutes at an instant. */
  offsetAt: (ms: number) => number;
  zone: string;
  /** Whether 11/12 means 11 December, and why; worked out on first use (few sentences hold such a date). */
  dateOrder: () => DateOrder;
  /** False when the requested zone was not a valid IANA zone and UTC was used instead. */
  zoneValid: boolean;
}

/** The user's wall-clock time at an instant. */
export const wallOf = (clock: Clock, ms: number): Wall => ms + clock.offsetAt(ms) * MINUTE_MS;

/**
 * The instant a wall-clock time names. A time skipped by a DST change moves forward by the gap
 * (02:30 on a spring-forward night is 03:30); a time that came twice is the first one.
 */
export function instantOf(clock: Clock, wall: Wall): number {
  // Changes are weeks apart: the offsets a day either side are the only candidates.
  const before = clock.offsetAt(wall - DAY_MS);
  const after = clock.offsetAt(wall + DAY_MS);
  const early = wall - before * MINUTE_MS;
  if (before === after) return early;
  const late = wall - after * MINUTE_MS;
  const earlyFits = clock.offsetAt(early) === before;
  const lateFits = clock.offsetAt(late) === after;
  if (earlyFits && lateFits) return Math.min(early, late);
  if (earlyFits) return early;
  if (lateFits) return late;
  return wall - Math.min(before, after) * MINUTE_MS;
}

/** Builds the clock for a zone; an invalid zone falls back to UTC. */
export function makeClock(now: Date, timeZone: string, locale?: string): Clock {
  const luxonZone = luxonZoneName(timeZone);
  const zoneValid = luxonZone !== undefined;
  const nowMs = now.getTime();
  const offsetAt = offsetsOf(luxonZone ?? 'UTC', nowMs);
  const nowWall = nowMs + offsetAt(nowMs) * MINUTE_MS;
  let order: DateOrder | undefined;
  return {
    now: nowMs,
    nowWall,
    today: dayStart(nowWall),
    offsetAt,
    zone: zoneValid ? timeZone : 'UTC',
    dateOrder: () => (order ??= dateOrderOf(locale, luxonZone ?? 'UTC')),
    zoneValid,
  };
}
