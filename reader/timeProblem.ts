import { EARLIEST_MS, MAX_RANGE_DAYS } from '../jobs/limits';
import { DAY_MS } from '../jobs/time';
import type { Clock } from './clock';
import type { RangeMatch } from './rangeMatch';
import type { TimeProblem } from './types';

const EARLIEST = new Date(EARLIEST_MS).toISOString();

/** Why a range heard cannot be asked of the service (the facade's own limits), or undefined when it can. */
export function timeProblemOf(range: RangeMatch | undefined, words: string, clock: Clock): TimeProblem | undefined {
  if (!range) return undefined;
  const { start, end } = range;
  if (start >= clock.now || end <= start) return { kind: 'future', words };
  if (end - start > MAX_RANGE_DAYS * DAY_MS) return { kind: 'tooLong', words, maxDays: MAX_RANGE_DAYS };
  if (start < EARLIEST_MS) return { kind: 'tooEarly', words, earliest: EARLIEST };
  return undefined;
}
