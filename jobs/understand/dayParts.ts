import type { DateTime } from 'luxon';
import { atMinutes, startOfToday, type Clock } from './clock';
import type { RangeMatch } from './rangeMatch';
import type { Token } from './types';

const HOUR = 60;
/** Parts of a day as [from, to) in minutes after that day's midnight; the night runs into the next morning. */
const PARTS: ReadonlyMap<string, readonly [number, number]> = new Map([
  ['morning', [6 * HOUR, 12 * HOUR]],
  ['afternoon', [12 * HOUR, 18 * HOUR]],
  ['evening', [18 * HOUR, 24 * HOUR]],
  ['night', [18 * HOUR, 32 * HOUR]],
]);

export const isPartOfDay = (word: string): boolean => PARTS.has(word);

/** A part ("morning", "night") of the day starting at `day`, or undefined for another word. */
export function partOfDay(day: DateTime, word: string, next: number, label: string): RangeMatch | undefined {
  const part = PARTS.get(word);
  if (!part) return undefined;
  const [from, to] = part;
  return { start: atMinutes(day, from), end: to > 24 * HOUR ? atMinutes(day.plus({ days: 1 }), to - 24 * HOUR) : atMinutes(day, to), next, label };
}

const SATURDAY = 6;

/** The most recent Saturday 00:00 to Monday 00:00; `previous` skips a weekend still under way ("last weekend" on a Sunday). */
function weekend(clock: Clock, offsetWeeks: number, next: number, label: string): RangeMatch {
  const today = startOfToday(clock);
  let back = (clock.now.weekday - SATURDAY + 7) % 7;
  if (offsetWeeks < 0 && back < 2) back += 7;
  const saturday = offsetWeeks > 0 ? today.plus({ days: 7 - back }) : today.minus({ days: back });
  return { start: saturday, end: saturday.plus({ days: 2 }), next, label };
}

/**
 * "last night", "overnight", "tonight", "this morning/afternoon/evening", "(this/last/next) weekend"
 * at tokens[i]. Not cut at now: the caller does that.
 */
export function readDayPart(tokens: readonly Token[], i: number, clock: Clock): RangeMatch | undefined {
  const word = tokens[i]?.word ?? '';
  const following = tokens[i + 1]?.word ?? '';
  if (word === 'overnight') return partOfDay(startOfToday(clock).minus({ days: 1 }), 'night', i + 1, 'overnight');
  if (word === 'tonight') return partOfDay(startOfToday(clock), 'evening', i + 1, 'tonight');
  if (word === 'weekend' || word === 'weekends') return weekend(clock, 0, i + 1, 'the weekend');
  const offset = word === 'last' || word === 'previous' ? -1 : word === 'this' ? 0 : word === 'next' ? 1 : undefined;
  if (offset === undefined) return undefined;
  if (following === 'weekend') return weekend(clock, offset, i + 2, `${word} weekend`);
  if (!PARTS.has(following) || (offset === 0 && following === 'night')) return undefined;
  const day = startOfToday(clock).plus({ days: offset });
  return partOfDay(day, following, i + 2, `${word} ${following}`);
}
