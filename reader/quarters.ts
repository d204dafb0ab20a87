import { DateTime } from 'luxon';
import { instantOf, type Clock } from './clock';
import type { RangeMatch } from './rangeMatch';
import type { Token } from './types';

/** "q3", "q3-2026" (the tokenizer keeps a hyphenated word whole). */
const QUARTER = /^q([1-4])(?:-((?:19|20)\d\d))?$/;
const YEAR = /^(19|20)\d\d$/;
const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1],
  ['1st', 1],
  ['second', 2],
  ['2nd', 2],
  ['third', 3],
  ['3rd', 3],
  ['fourth', 4],
  ['4th', 4],
]);

function yearAt(tokens: readonly Token[], i: number): number | undefined {
  const word = tokens[i]?.word ?? '';
  return YEAR.test(word) ? Number(word) : undefined;
}

/** The quarter number and written year at tokens[i]: "Q3", "Q3 2026", "Q3-2026", "third quarter (of) 2026". */
function quarterAt(tokens: readonly Token[], i: number): { quarter: number; year?: number; next: number } | undefined {
  const word = tokens[i]?.word ?? '';
  const short = QUARTER.exec(word);
  let quarter = short ? Number(short[1]) : undefined;
  let next = i + 1;
  if (quarter === undefined) {
    quarter = ORDINALS.get(word);
    if (quarter === undefined || tokens[i + 1]?.word !== 'quarter') return undefined;
    next = i + 2;
  }
  if (short?.[2] !== undefined) return { quarter, year: Number(short[2]), next };
  const j = tokens[next]?.word === 'of' ? next + 1 : next;
  const year = yearAt(tokens, j);
  return year === undefined ? { quarter, next } : { quarter, year, next: j + 1 };
}

/**
 * A quarter named by its number: that year's, this year's when none is written ("Q1" in November is
 * January to March; "Q4" in March is still ahead, which the caller reports as the future).
 */
export function readQuarter(tokens: readonly Token[], i: number, clock: Clock): RangeMatch | undefined {
  const found = quarterAt(tokens, i);
  if (!found) return undefined;
  const first = DateTime.utc(found.year ?? clock.today.year, (found.quarter - 1) * 3 + 1);
  return { start: instantOf(clock, first), end: instantOf(clock, first.plus({ quarters: 1 })), next: found.next };
}
