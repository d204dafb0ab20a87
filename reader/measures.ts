import type { Refinement } from '../jobs/Refinement';
import { readCount } from './count';
import { UNITS } from './keywords';
import type { Token } from './types';

/** What a measure adds to the refinement, and the index after it. */
export interface MeasureMatch {
  refine: Refinement;
  next: number;
}

const BYTES: ReadonlyMap<string, number> = new Map([
  ['b', 1],
  ['byte', 1],
  ['bytes', 1],
  ['kb', 1024],
  ['mb', 1024 ** 2],
  ['gb', 1024 ** 3],
  ['tb', 1024 ** 4],
]);
const HOURS_PER: Readonly<Record<string, number>> = { minutes: 1 / 60, hours: 1, days: 24, weeks: 168 };

/** "bigger than", "over", "at least" (a lower bound) or "smaller than", "under", "at most" (an upper bound). */
const SIZE_BOUNDS: ReadonlyArray<readonly [readonly string[], 'min' | 'max']> = [
  [['bigger', 'than'], 'min'],
  [['larger', 'than'], 'min'],
  [['greater', 'than'], 'min'],
  [['more', 'than'], 'min'],
  [['over'], 'min'],
  [['above'], 'min'],
  [['at', 'least'], 'min'],
  [['smaller', 'than'], 'max'],
  [['less', 'than'], 'max'],
  [['under'], 'max'],
  [['below'], 'max'],
  [['at', 'most'], 'max'],
  [['up', 'to'], 'max'],
];
/** Duration needs a verb or a comparative of time: "over 2 days" alone is a range ("failures over 2 days"). */
const DURATION_BOUNDS: ReadonlyArray<readonly [readonly string[], 'min' | 'max']> = [
  [['longer', 'than'], 'min'],
  [['took', 'longer', 'than'], 'min'],
  [['took', 'more', 'than'], 'min'],
  [['took', 'over'], 'min'],
  [['taking', 'longer', 'than'], 'min'],
  [['taking', 'more', 'than'], 'min'],
  [['taking', 'over'], 'min'],
  [['running', 'longer', 'than'], 'min'],
  [['ran', 'longer', 'than'], 'min'],
  [['lasting', 'more', 'than'], 'min'],
  [['lasted', 'more', 'than'], 'min'],
  [['shorter', 'than'], 'max'],
  [['took', 'less', 'than'], 'max'],
  [['took', 'under'], 'max'],
  [['taking', 'less', 'than'], 'max'],
  [['faster', 'than'], 'max'],
  [['quicker', 'than'], 'max'],
];
const ITEM_WORDS: ReadonlySet<string> = new Set(['items', 'item', 'records', 'record', 'rows', 'entities']);
const ITEM_KINDS: Readonly<Record<string, 'minFailedItems' | 'minSkippedItems'>> = {
  failed: 'minFailedItems',
  failing: 'minFailedItems',
  skipped: 'minSkippedItems',
};

/** Every word a measure is made of, so that typo correction leaves them alone ("least" is not "last"). */
export const MEASURE_WORDS: readonly string[] = [
  ...[...SIZE_BOUNDS, ...DURATION_BOUNDS].flatMap(([words]) => words),
  ...BYTES.keys(),
  ...ITEM_WORDS,
  ...Object.keys(ITEM_KINDS),
];

function boundAt(tokens: readonly Token[], i: number, table: typeof SIZE_BOUNDS): { bound: 'min' | 'max'; next: number } | undefined {
  for (const [words, bound] of table) {
    if (words.every((word, k) => tokens[i + k]?.word === word)) return { bound, next: i + words.length };
  }
  return undefined;
}

/** A number and a unit, as one token ("10gb", "2h") or two ("10 GB", "an hour"). */
function amountAt(tokens: readonly Token[], i: number): { n: number; unit: string; next: number } | undefined {
  const glued = /^(\d+(?:\.\d+)?)([a-z]+)$/.exec(tokens[i]?.word ?? '');
  if (glued) return { n: Number(glued[1]), unit: glued[2] as string, next: i + 1 };
  const article = tokens[i]?.word === 'an' || tokens[i]?.word === 'a' ? { n: 1, next: i + 1 } : undefined;
  const count = article ?? readCount(tokens, i);
  const unit = tokens[count?.next ?? -1]?.word;
  return count && unit !== undefined ? { n: count.n, unit, next: count.next + 1 } : undefined;
}

function size(tokens: readonly Token[], i: number): MeasureMatch | undefined {
  const bound = boundAt(tokens, i, SIZE_BOUNDS);
  const amount = bound && amountAt(tokens, bound.next);
  const factor = amount && BYTES.get(amount.unit);
  if (!bound || !amount || factor === undefined) return undefined;
  const bytes = Math.round(amount.n * factor);
  return { refine: bound.bound === 'min' ? { minSize: bytes } : { maxSize: bytes }, next: amount.next };
}

function duration(tokens: readonly Token[], i: number): MeasureMatch | undefined {
  const bound = boundAt(tokens, i, DURATION_BOUNDS);
  const amount = bound && amountAt(tokens, bound.next);
  const unit = amount && UNITS.get(amount.unit);
  const perHour = unit && HOURS_PER[unit];
  if (!bound || !amount || perHour === undefined) return undefined;
  const hours = amount.n * perHour;
  return { refine: bound.bound === 'min' ? { minDurationHours: hours } : { maxDurationHours: hours }, next: amount.next };
}

/** "failed items", "with skipped records", "items skipped", "more than 10 failed items". */
function items(tokens: readonly Token[], i: number): MeasureMatch | undefined {
  const bound = boundAt(tokens, i, SIZE_BOUNDS);
  const at = bound ? bound.next : i;
  const count = bound ? readCount(tokens, at) : undefined;
  if (bound && (!count || bound.bound === 'max')) return undefined;
  const j = count ? count.next : at;
  // "more than 10" starts at 11, "at least 10" at 10.
  const least = count ? count.n + (tokens[i]?.word === 'at' ? 0 : 1) : 1;
  const before = ITEM_KINDS[tokens[j]?.word ?? ''];
  if (before && ITEM_WORDS.has(tokens[j + 1]?.word ?? '')) return { refine: { [before]: least }, next: j + 2 };
  const after = ITEM_KINDS[tokens[j + 1]?.word ?? ''];
  if (!bound && after && ITEM_WORDS.has(tokens[j]?.word ?? '')) return { refine: { [after]: 1 }, next: j + 2 };
  return undefined;
}

/** A job property AvePoint returns but does not filter on: size, duration, failed or skipped items. */
export function readMeasure(tokens: readonly Token[], i: number): MeasureMatch | undefined {
  return size(tokens, i) ?? duration(tokens, i) ?? items(tokens, i);
}
