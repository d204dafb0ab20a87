import { instantOf, wallOf, type Clock, type Wall } from './clock';

/** A time range read from the sentence: [start, end) as epoch ms, and the index after it. */
export interface RangeMatch {
  start: number;
  end: number;
  next: number;
  /** Whether two days were joined ("Nov 20 – Nov 22"), as opposed to one day. */
  joined?: boolean;
  /** A moment rather than a period ("7am", "2026-11-20 14:00"): "after" starts at it, not after it. */
  instant?: boolean;
  /** A clock time with no day named: "since 10pm" said at noon means yesterday's. */
  floating?: boolean;
  /** How people name it, for the reading: "last night", "this morning", "the weekend". */
  label?: string;
  /** How an ambiguous date was read, for the reading: "2/12 read as 2 Dec (day first, Europe/Berlin)". */
  note?: string;
}

/** The range between two wall-clock times of the user's zone. */
export function wallRange(clock: Clock, from: Wall, to: Wall, next: number, extra: Partial<RangeMatch> = {}): RangeMatch {
  return { start: instantOf(clock, from), end: instantOf(clock, to), next, ...extra };
}

/** Ranges that reach the present stop at now: "today" is [midnight, now]. */
export function upToNow(range: RangeMatch, clock: Clock): RangeMatch {
  return range.start < clock.now && range.end > clock.now ? { ...range, end: clock.now } : range;
}

/** A floating clock time still ahead today is read as yesterday's ("since 10pm" at noon); a moment still runs to now. */
export function mostRecent(range: RangeMatch, clock: Clock): RangeMatch {
  if (!range.floating || range.start <= clock.now) return range;
  const dayBefore = (ms: number) => instantOf(clock, wallOf(clock, ms).minus({ days: 1 }));
  return { ...range, start: dayBefore(range.start), end: range.instant ? range.end : dayBefore(range.end) };
}
