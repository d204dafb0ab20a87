import type { Token } from './types';

/** A local time of day, in minutes after midnight, and the index after it. */
export interface ClockTimeMatch {
  minutes: number;
  next: number;
}

/** "7am", "7:30", "18:30", "7:30pm"; a bare "9" only where the caller allows it ("between 9 and 17"). */
const CLOCK = /^(\d{1,2})(?::(\d{2}))?(am|pm)?$/;
const MERIDIEM: ReadonlySet<string> = new Set(['am', 'pm']);
const NAMED: ReadonlyMap<string, number> = new Map([
  ['noon', 12 * 60],
  ['midday', 12 * 60],
  ['midnight', 0],
]);

/** Reads a clock time at tokens[i]; `bare` accepts a lone hour (0–24) without colon or am/pm. */
export function readClockTime(tokens: readonly Token[], i: number, bare = false): ClockTimeMatch | undefined {
  const word = tokens[i]?.word ?? '';
  const named = NAMED.get(word);
  if (named !== undefined) return { minutes: named, next: i + 1 };
  const m = CLOCK.exec(word);
  if (!m) return undefined;
  const following = tokens[i + 1]?.word ?? '';
  const meridiem = m[3] ?? (MERIDIEM.has(following) ? following : undefined);
  if (m[2] === undefined && meridiem === undefined && !bare) return undefined;
  let hour = Number(m[1]);
  const minute = m[2] === undefined ? 0 : Number(m[2]);
  if (minute > 59) return undefined;
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  } else if (hour > 24 || (hour === 24 && minute > 0)) return undefined;
  return { minutes: hour * 60 + minute, next: m[3] === undefined && meridiem !== undefined ? i + 2 : i + 1 };
}
