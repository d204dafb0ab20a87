import { instantOf, type Clock } from './clock';
import { isPartOfDay, partOfDay, readDayPart } from './dayParts';
import { noteOf, readDay, readDaySpan, type Ambiguous, type DayMatch } from './dates';
import { readMoment, readTimeSpan } from './moments';
import { readMonth, readMonthSpan, readYear } from './months';
import { ago, agoDay, duration, lastPeriod, nextPeriod, rolling, thisPeriod } from './periods';
import { readQuarter } from './quarters';
import { mostRecent, upToNow, type RangeMatch } from './rangeMatch';
import type { Token } from './types';
import { DEFAULT_RANGE_MS } from '../jobs/limits';

export type { RangeMatch } from './rangeMatch';

const RANGE_SEPARATORS: ReadonlySet<string> = new Set(['-', '–', '—', 'to', 'until', 'till', 'through', 'thru']);
const LAST_WORDS: ReadonlySet<string> = new Set(['last', 'past', 'previous']);
/** Words before a time that add nothing to it ("in October", "over the weekend", "during the night"). */
const PASS_THROUGH: ReadonlySet<string> = new Set(['in', 'during', 'over', 'the', 'of', 'at', 'for']);
/** At most "in the": reading never runs far ahead of where it starts, so a sentence is read in linear time. */
const MAX_PASS_THROUGH = 2;
const UNTIL_WORDS: ReadonlySet<string> = new Set(['until', 'till', 'before', 'up']);
/** Words that start a range of their own and so are not read again after one of them ("since since…"). */
const OUTER_WORDS: ReadonlySet<string> = new Set(['since', 'after', 'from', 'between', ...UNTIL_WORDS]);

/** Where reading happens: after a preposition ("in", "since"), and after "since"/"until"/"from" (nested). */
interface Place {
  preposition: boolean;
  nested: boolean;
}

/** The days from one to the other, both included; written backwards ("Nov 22 – Nov 20") means the same. */
function ordered(clock: Clock, from: DayMatch, to: DayMatch | undefined, next: number): RangeMatch {
  const [a, b] = [from.day, (to ?? from).day];
  const [first, last] = b < a ? [b, a] : [a, b];
  const range: RangeMatch = {
    start: instantOf(clock, first),
    end: instantOf(clock, last.plus({ days: 1 })),
    next,
    joined: to !== undefined,
  };
  const note = noteOf([from.ambiguous, to?.ambiguous].filter((date): date is Ambiguous => date !== undefined));
  return note === undefined ? range : { ...range, note };
}

/**
 * A day, a day range "Nov 20 – Nov 22" / "Nov 20 to 22nd", a part of a day ("yesterday evening") or
 * clock times on it ("on Nov 20 between 9 and 17"); `and` joins days only after "between"; `ordinals`
 * reads "the 15th" alone (after "since", "on"…).
 */
function days(tokens: readonly Token[], i: number, clock: Clock, andJoins: boolean, ordinals: boolean): RangeMatch | undefined {
  const span = readDaySpan(tokens, i, clock);
  if (span) return ordered(clock, { day: span.from, next: i }, { day: span.to, next: span.next }, span.next);
  const from = readDay(tokens, i, clock, ordinals);
  if (!from) return undefined;
  const separator = tokens[from.next]?.word ?? '';
  if (isPartOfDay(separator)) return partOfDay(clock, from.day, separator, from.next + 1, `${tokens[i]?.text} ${separator}`);
  if (separator === 'between' || separator === 'from') {
    const times = readTimeSpan(tokens, from.next + 1, clock, from.day);
    if (times) return times;
  }
  const joins = RANGE_SEPARATORS.has(separator) || (andJoins && separator === 'and');
  const to = joins ? readDay(tokens, from.next + 1, clock, ordinals) : undefined;
  return ordered(clock, from, to, (to ?? from).next);
}

/** The index after at most two pass-through words at tokens[i]. */
function skipPassThrough(tokens: readonly Token[], i: number): number {
  let j = i;
  while (j < i + MAX_PASS_THROUGH && PASS_THROUGH.has(tokens[j]?.word ?? '')) j++;
  return j;
}

/** The range a time expression after "since", "after", "until"… names: "since 3 weeks ago" starts on that day. */
function origin(tokens: readonly Token[], i: number, clock: Clock): RangeMatch | undefined {
  const j = skipPassThrough(tokens, i);
  const counted = duration(tokens, j);
  if (counted && tokens[counted.next]?.word === 'ago') return agoDay(clock, counted);
  const range = anyRange(tokens, j, clock, { preposition: true, nested: true });
  return range && mostRecent(range, clock);
}

/** "until Friday", "before yesterday", "before 18:00": from the default start up to its start (a week before it when it is older). */
function until(range: RangeMatch, clock: Clock): RangeMatch {
  const end = range.start;
  const weekAgo = clock.now - DEFAULT_RANGE_MS;
  return { start: weekAgo < end ? weekAgo : end - DEFAULT_RANGE_MS, end, next: range.next };
}

/** "since Monday", "after Nov 20", "until Friday", "from Nov 20 to Nov 22", "between July and September". */
function outer(tokens: readonly Token[], i: number, clock: Clock, word: string): RangeMatch | undefined {
  if (word === 'since' || word === 'after') {
    // "since Monday" from the start of that day; "after Nov 20" from its end; a moment is where both start.
    const from = origin(tokens, i + 1, clock);
    if (!from) return undefined;
    const start = word === 'since' || from.instant ? from.start : from.end;
    return { start, end: clock.now, next: from.next, ...(from.note === undefined ? {} : { note: from.note }) };
  }
  if (UNTIL_WORDS.has(word)) {
    const j = word === 'up' && tokens[i + 1]?.word === 'to' ? i + 2 : i + 1;
    if (word === 'up' && j === i + 1) return undefined;
    const to = origin(tokens, j, clock);
    return to && until(to, clock);
  }
  // "from Nov 20 to Nov 22"; alone, "jobs from yesterday" means that day, not since it.
  if (word === 'from') return readTimeSpan(tokens, i + 1, clock) ?? readMonthSpan(tokens, i + 1, clock) ?? origin(tokens, i + 1, clock);
  return readTimeSpan(tokens, i + 1, clock) ?? days(tokens, i + 1, clock, true, true) ?? readMonthSpan(tokens, i + 1, clock, true);
}

/** Readers of a range that starts with a keyword, tried before the general forms. */
function keyed(tokens: readonly Token[], i: number, clock: Clock, word: string, { nested }: Place): RangeMatch | undefined {
  if (OUTER_WORDS.has(word)) return nested ? undefined : outer(tokens, i, clock, word);
  if (word === 'on') return days(tokens, i + 1, clock, false, true);
  if (word === 'this' || word === 'current') return readDayPart(tokens, i, clock) ?? thisPeriod(tokens, i, clock);
  if (word === 'next') return readDayPart(tokens, i, clock) ?? nextPeriod(tokens, i, clock);
  if (LAST_WORDS.has(word)) return readDayPart(tokens, i, clock) ?? lastPeriod(tokens, i, clock) ?? readMonth(tokens, i, clock, false);
  return undefined;
}

/** Any range at tokens[i], before cutting at now. */
function anyRange(tokens: readonly Token[], i: number, clock: Clock, place: Place): RangeMatch | undefined {
  const word = tokens[i]?.word ?? '';
  const found = keyed(tokens, i, clock, word, place) ?? readDayPart(tokens, i, clock) ?? readQuarter(tokens, i, clock);
  if (found) return found;
  const counted = duration(tokens, i);
  if (counted) {
    return tokens[counted.next]?.word === 'ago' ? ago(clock, counted) : rolling(clock, counted.n, counted.unit, counted.next);
  }
  return (
    readMoment(tokens, i, clock) ??
    days(tokens, i, clock, false, place.nested) ??
    readMonthSpan(tokens, i, clock) ??
    readMonth(tokens, i, clock, place.preposition) ??
    (place.preposition ? readYear(tokens, i, clock) : undefined)
  );
}

/**
 * Reads one time range at tokens[i], or undefined if none starts there: a time word no reader knows
 * ("fiscal", "lately", "a while") is left for the caller to ask about. Ranges reaching the present
 * stop at now. Looks at most a few tokens ahead, so reading a sentence is linear in its length.
 */
export function readTimeRange(tokens: readonly Token[], i: number, clock: Clock): RangeMatch | undefined {
  const j = skipPassThrough(tokens, i);
  const range = anyRange(tokens, j, clock, { preposition: j > i, nested: false });
  return range && upToNow(mostRecent(range, clock), clock);
}
