import type { Clock, Wall } from './clock';
import { wallRange, type RangeMatch } from './rangeMatch';
import type { Token } from './types';

/** Parts of a day as [from, to) in hours after that day's midnight; the night runs into the next morning. */
const PARTS: ReadonlyMap<string, readonly [number, number]> = new Map([
  ['morning', [6, 12]],
  ['afternoon', [12, 18]],
  ['evening', [18, 24]],
  ['night', [18, 32]],
]);

export const isPartOfDay = (word: string): boolean => PARTS.has(word);

/** A part ("morning", "night") of the day starting at the wall time `day`, or undefined for another word. */
export function partOfDay(clock: Clock, day: Wall, word: string, next: number, label: string): RangeMatch | undefined {
  const part = PARTS.get(word);
  return part && wallRange(clock, day.plus({ hours: part[0] }), day.plus({ hours: part[1] }), next, { label });
}

const SATURDAY = 6;

/** The most recent Saturday 00:00 to Monday 00:00 (the coming one for `offset` 1); "last weekend" skips one still under way. */
function weekend(clock: Clock, offset: number, next: number, label: string): RangeMatch {
  let back = (clock.today.weekday - SATURDAY + 7) % 7;
  if (offset < 0 && back < 2) back += 7;
  const saturday = clock.today.plus({ days: offset > 0 ? 7 - back : -back });
  return wallRange(clock, saturday, saturday.plus({ days: 2 }), next, { label });
}

/**
 * "last night", "overnight", "tonight", "this morning/afternoon/evening", "(this/last/next) weekend"
 * at tokens[i]. Not cut at now: the caller does that.
 */
export function readDayPart(tokens: readonly Token[], i: number, clock: Clock): RangeMatch | undefined {
  const word = tokens[i]?.word ?? '';
  if (word === 'overnight') return partOfDay(clock, clock.today.minus({ days: 1 }), 'night', i + 1, 'overnight');
  if (word === 'tonight') return partOfDay(clock, clock.today, 'evening', i + 1, 'tonight');
  if (word === 'weekend' || word === 'weekends') return weekend(clock, 0, i + 1, 'the weekend');
  const offset = word === 'last' || word === 'previous' ? -1 : word === 'this' ? 0 : word === 'next' ? 1 : undefined;
  if (offset === undefined) return undefined;
  const following = tokens[i + 1]?.word ?? '';
  if (following === 'weekend') return weekend(clock, offset, i + 2, `${word} weekend`);
  if (!PARTS.has(following) || (offset === 0 && following === 'night')) return undefined;
  return partOfDay(clock, clock.today.plus({ days: offset }), following, i + 2, `${word} ${following}`);
}
