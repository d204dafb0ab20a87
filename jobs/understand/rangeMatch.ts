import type { DateTime } from 'luxon';
import type { Clock } from './clock';

/** A time range read from the sentence: [start, end) in the user's zone, and the index after it. */
export interface RangeMatch {
  start: DateTime;
  end: DateTime;
  next: number;
  /** Whether two days were joined ("Nov 20 – Nov 22"), as opposed to one day. */
  joined?: boolean;
  /** A moment rather than a period ("7am", "2026-11-20 14:00"): "after" starts at it, not after it. */
  instant?: boolean;
  /** A clock time with no day named: "since 10pm" said at noon means yesterday's. */
  floating?: boolean;
  /** How people name it, for the reading: "last night", "this morning", "the weekend". */
  label?: string;
}

/** Ranges that reach the present stop at now: "today" is [midnight, now]. */
export function upToNow(range: RangeMatch, clock: Clock): RangeMatch {
  return range.start < clock.now && range.end > clock.now ? { ...range, end: clock.now } : range;
}

/** A floating clock time still ahead today is read as yesterday's ("since 10pm" at noon). */
export function mostRecent(range: RangeMatch, clock: Clock): RangeMatch {
  if (!range.floating || range.start <= clock.now) return range;
  return { ...range, start: range.start.minus({ days: 1 }), end: range.end.minus({ days: 1 }) };
}
