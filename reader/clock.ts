import { DateTime, FixedOffsetZone, Info, type Zone } from 'luxon';
import { DAY_MS, MINUTE_MS } from '../jobs/time';
import { luxonZoneName } from '../jobs/timeZone';
import { dateOrderOf, type DateOrder } from './dateOrder';

/**
 * A wall-clock time of the user: a luxon DateTime in UTC whose fields are what the user's clock
 * shows. Calendar arithmetic on it (startOf('week'), plus({ months })) then never meets a DST
 * change, and one conversion at the end (instantOf) turns it into an instant of the user's zone.
 */
export type Wall = DateTime;

const WALL_ZONE = FixedOffsetZone.utcInstance;

/**
 * Offsets of IANA zones already asked for. NOTE: the one process-wide cache of the understanding, on
 * purpose: luxon keeps one Intl formatter per zone but asks it again for every offset (a few µs, most
 * of the cost of reading a time), and sentences keep asking about the same midnights. Exact (one entry
 * per instant) and bounded: only Intl's canonical zone names reach it (jobs/timeZone.ts), each with at
 * most 4096 instants, emptied when full.
 */
const OFFSETS = new Map<Zone, Map<number, number>>();
const MAX_OFFSETS_PER_ZONE = 4096;

/** The zone's UTC offset in minutes at an instant. */
function offsetAt(zone: Zone, ms: number): number {
  if (zone.isUniversal) return zone.offset(ms);
  let known = OFFSETS.get(zone);
  if (!known || known.size >= MAX_OFFSETS_PER_ZONE) OFFSETS.set(zone, (known = new Map<number, number>()));
  let offset = known.get(ms);
  if (offset === undefined) known.set(ms, (offset = zone.offset(ms)));
  return offset;
}

/** The user's "now" in their zone, with what date reading needs. */
export interface Clock {
  /** Now, epoch ms. */
  now: number;
  /** Now on the user's wall clock, and the midnight that began today there. */
  readonly nowWall: Wall;
  readonly today: Wall;
  zone: string;
  /** luxon's zone for `zone`. */
  luxonZone: Zone;
  /** Whether 11/12 means 11 December, and why; worked out on first use (few sentences hold such a date). */
  dateOrder: () => DateOrder;
  /** False when the requested zone was not a valid IANA zone and UTC was used instead. */
  zoneValid: boolean;
}

/** The user's wall-clock time at an instant. */
export const wallOf = (clock: Clock, ms: number): Wall =>
  DateTime.fromMillis(ms + offsetAt(clock.luxonZone, ms) * MINUTE_MS, { zone: WALL_ZONE });

/**
 * The instant a wall-clock time names. A time skipped by a DST change moves forward by the gap
 * (02:30 on a spring-forward night is 03:30); a time that came twice is the first one.
 */
export function instantOf(clock: Clock, wall: Wall): number {
  const local = wall.toMillis();
  // Changes are weeks apart: with the same offset a day either side, no change is near.
  const before = offsetAt(clock.luxonZone, local - DAY_MS);
  const after = offsetAt(clock.luxonZone, local + DAY_MS);
  if (before === after) return local - before * MINUTE_MS;
  // Near a change: the instant whose own offset shows this wall time, the earlier one when there are two
  // (the larger offset first); none in a skipped hour, which then keeps the offset before the change.
  for (const offset of before > after ? [before, after] : [after, before]) {
    const instant = local - offset * MINUTE_MS;
    if (offsetAt(clock.luxonZone, instant) === offset) return instant;
  }
  return local - before * MINUTE_MS;
}

/** Builds the clock for a zone; an invalid zone falls back to UTC. */
export function makeClock(now: Date, timeZone: string, locale?: string): Clock {
  const zoneName = luxonZoneName(timeZone);
  const zoneValid = zoneName !== undefined;
  const luxonZone = Info.normalizeZone(zoneName ?? 'UTC');
  const nowMs = now.getTime();
  // Worked out on first use: many sentences name no time, and each DateTime costs a microsecond or two.
  let nowWall: Wall | undefined;
  let today: Wall | undefined;
  let order: DateOrder | undefined;
  return {
    now: nowMs,
    get nowWall() {
      return (nowWall ??= DateTime.fromMillis(nowMs + offsetAt(luxonZone, nowMs) * MINUTE_MS, { zone: WALL_ZONE }));
    },
    get today() {
      return (today ??= this.nowWall.startOf('day'));
    },
    zone: zoneValid ? timeZone : 'UTC',
    luxonZone,
    dateOrder: () => (order ??= dateOrderOf(locale, zoneName ?? 'UTC')),
    zoneValid,
  };
}
