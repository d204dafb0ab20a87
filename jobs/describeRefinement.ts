import { jobTypeLabels, jobTypeName } from './enums';
import type { JobSort, Refinement } from './Refinement';
import { SIZE_UNITS } from './refinementSchema';

const ORDER_WORDS: Record<JobSort, string> = {
  newest: 'newest first',
  oldest: 'oldest first',
  largest: 'largest first',
  smallest: 'smallest first',
  longest: 'longest first',
  shortest: 'shortest first',
  mostFailed: 'most failed items first',
};

/** "10 GB", "1.5 MB": 1024-based like the cards' sizes, at most one decimal. */
function sizeWords(bytes: number): string {
  const [unit, size] = Object.entries(SIZE_UNITS)
    .reverse()
    .find(([, size]) => bytes >= size) ?? ['B', 1];
  return `${Math.round((bytes / size) * 10) / 10} ${unit}`;
}

/** "45 min", "2 h", "1.5 h". */
const hoursWords = (hours: number): string => (hours < 1 ? `${Math.round(hours * 60)} min` : `${Math.round(hours * 10) / 10} h`);

/** "at least 10 GB", "at most 2 h", "between 1 and 2 h" (the unit said once when both bounds say it). */
function bounds(min: number | undefined, max: number | undefined, words: (value: number) => string): string | undefined {
  if (min !== undefined && max !== undefined) {
    const [low, high] = [words(min), words(max)];
    const unit = high.slice(high.indexOf(' '));
    return `between ${low.endsWith(unit) ? low.slice(0, -unit.length) : low} and ${high}`;
  }
  if (min !== undefined) return `at least ${words(min)}`;
  if (max !== undefined) return `at most ${words(max)}`;
  return undefined;
}

const items = (count: number, word: string) => `at least ${count} ${word} ${count === 1 ? 'item' : 'items'}`;

/**
 * Pure: a refinement in reading words for a card or an answer, e.g.
 * "excluding Contoso · except restores · Customer Engagement · at least 10 GB · oldest first · top 5".
 * `organizationName` names an excluded id (from the directory); an id it does not know is shown as is.
 */
export function describeRefinement(refine: Refinement, organizationName: (id: string) => string | undefined): string {
  const duration = bounds(refine.minDurationHours, refine.maxDurationHours, hoursWords);
  const parts = [
    refine.excludeOrganizationIds?.length &&
      `excluding ${refine.excludeOrganizationIds.map((id) => organizationName(id) ?? id).join(', ')}`,
    refine.excludeTypes?.length &&
      `except ${refine.excludeTypes.map((type) => jobTypeLabels(jobTypeName(type) ?? 'all').plural).join(', ')}`,
    refine.modules?.length && refine.modules.join(' or '),
    bounds(refine.minSize, refine.maxSize, sizeWords),
    duration && `ran ${duration}`,
    refine.minFailedItems !== undefined && items(refine.minFailedItems, 'failed'),
    refine.minSkippedItems !== undefined && items(refine.minSkippedItems, 'skipped'),
    refine.sort && ORDER_WORDS[refine.sort],
    refine.limit !== undefined && `top ${refine.limit}`,
  ];
  return parts.filter((part): part is string => typeof part === 'string' && part !== '').join(' · ');
}
