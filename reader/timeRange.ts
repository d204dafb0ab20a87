import { instantOf, type Clock } from './clock';
import { isPartOfDay, partOfDay, readDayPart } from './dayParts';
import { readDay, readDaySpan } from './dates';
import { readMoment, readTimeSpan } from './moments';
import { readMonth, readYear } from './months';
import { ago, duration, lastPeriod, nextPeriod, rolling, thisPeriod } from './periods';
import { mostRecent, upToNow, type RangeMatch } from './rangeMatch';
import type { Token } from './types';
import { DEFAULT_RANGE_MS } from '../jobs/limits';
import { DAY_MS, type Wall } from './wallTime';

export type { RangeMatch } from './rangeMatch';

const RANGE_SEPARATORS: ReadonlySet<string> = new Set(['-', '–', '—', 'to', 'until', 'till', 'through', 'thru']);
const LAST_WORDS: ReadonlySet<string> = new Set(['last', 'past', 'previous']);
/** Words before a time that add nothing to it ("in October", "over the weekend", "during the night"). */
const PASS_THROUGH: ReadonlySet<string> = new Set(['in', 'during', 'over', 'the', 'of', 'at', 'for']);
const UNTIL_WORDS: ReadonlySet<string> = new Set(['until', 'till', 'before', 'up']);

/** The days from one to the other, both included; written backwards ("Nov 22 – Nov 20") means the same. */
function ordered(clock: Clock, a: Wall, b: Wall, next: number, joined: boolean): RangeMatch {
  const [first, last] = b < a ? [b, a] : [a, b];
  return { start: instantOf(clock, first), end: instantOf(clock, last + DAY_MS), next, joined };
}

/**
 * A day, a day range "Nov 20 – Nov 22" / "Nov 20 to 22nd", a part of a day ("yesterday evening") or
 * clock times on it ("on Nov 20 between 9 and 17"); `and` joins days only after "between".
 */
function days(tokens: readonly Token[], i: number, clock: Clock, andJoins: boolean): RangeMatch | undefined {
  const span = readDaySpan(tokens, i, clock);
  if (span) return ordered(clock, span.from, span.to, span.next, true);
  const from = readDay(tokens, i, clock);
  if (!from) return undefined;
  const separator = tokens[from.next]?.word ?? '';
  if (isPartOfDay(separator)) return partOfDay(clock, from.day, separator, from.next + 1, `${tokens[i]?.text} ${separator}`);
  if (separator === 'between' || separator === 'from') {
    const times = readTimeSpan(tokens, from.next + 1, clock, from.day);
    if (times) return times;
  }
  const joins = RANGE_SEPARATORS.has(separator) || (andJoins && separator === 'and');
  const to = joins ? readDay(tokens, from.next + 1, clock) : undefined;
  const last = to ?? from;
  return ordered(clock, from.day, last.day, last.next, to !== undefined);
}

/** The range a time expression after "since", "after", "until"… names. */
function origin(tokens: readonly Token[], i: number, clock: Clock): RangeMatch | undefined {
  return readTimeRange(tokens, i, clock, true);
}

/** "until Friday", "before yesterday", "before 18:00": from the default start up to its start (a week before it when it is older). */
function until(range: RangeMatch, clock: Clock): RangeMatch {
  const end = range.start;
  const weekAgo = clock.now - DEFAULT_RANGE_MS;
  return { start: weekAgo < end ? weekAgo : end - DEFAULT_RANGE_MS, end, next: range.next };
}

/** Readers of a range that starts with a keyword, tried before the general forms. */
function keyed(tokens: readonly Token[], i: number, clock: Clock, word: string): RangeMatch | undefined {
  if (word === 'since' || word === 'after') {
    // "since Monday" from the start of that day; "after Nov 20" from its end; a moment is where both start.
    const from = origin(tokens, i + 1, clock);
    if (!from) return undefined;
    const start = word === 'since' || from.instant ? from.start : from.end;
    return { start, end: clock.now, next: from.next };
  }
  if (UNTIL_WORDS.has(word)) {
    const j = word === 'up' && tokens[i + 1]?.word === 'to' ? i + 2 : i + 1;
    if (word === 'up' && j === i + 1) return undefined;
    const to = origin(tokens, j, clock);
    return to && until(to, clock);
  }
  // "from Nov 20 to Nov 22"; alone, "jobs from yesterday" means that day, not since it.
  if (word === 'from') return readTimeSpan(tokens, i + 1, clock) ?? origin(tokens, i + 1, clock);
  if (word === 'between') return readTimeSpan(tokens, i + 1, clock) ?? days(tokens, i + 1, clock, true);
  if (word === 'on') return days(tokens, i + 1, clock, false);
  if (word === 'this') return readDayPart(tokens, i, clock) ?? thisPeriod(tokens, i, clock);
  if (word === 'next') return readDayPart(tokens, i, clock) ?? nextPeriod(tokens, i, clock);
  if (LAST_WORDS.has(word)) return readDayPart(tokens, i, clock) ?? lastPeriod(tokens, i, clock) ?? readMonth(tokens, i, clock, false);
  return undefined;
}

/** Any range at tokens[i], before cutting at now; `preposition` when a word such as "in" or "since" came before. */
function anyRange(tokens: readonly Token[], i: number, clock: Clock, preposition: boolean): RangeMatch | undefined {
  const word = tokens[i]?.word ?? '';
  const found = keyed(tokens, i, clock, word) ?? readDayPart(tokens, i, clock);
  if (found) return found;
  const counted = duration(tokens, i);
  if (counted) {
    return tokens[counted.next]?.word === 'ago' ? ago(clock, counted) : rolling(clock, counted.n, counted.unit, counted.next);
  }
  return (
    readMoment(tokens, i, clock) ??
    days(tokens, i, clock, false) ??
    readMonth(tokens, i, clock, preposition) ??
    (preposition ? readYear(tokens, i, clock) : undefined)
  );
}

/** Reads one time range at tokens[i], or undefined if none starts there. Ranges reaching the present stop at now. */
export function readTimeRange(tokens: readonly Token[], i: number, clock: Clock, preposition = false): RangeMatch | undefined {
  const word = tokens[i]?.word ?? '';
  if (PASS_THROUGH.has(word)) {
    return readTimeRange(tokens, i + 1, clock, true);
  }
  const range = anyRange(tokens, i, clock, preposition);
  return range && upToNow(mostRecent(range, clock), clock);
}
