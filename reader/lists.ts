import type { JobStatusValue } from '../jobs/enums';

/** Each item once, in first-seen order. */
export const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

/** `items` without those in `left`. */
export const without = <T>(items: readonly T[], left: readonly T[]): T[] => items.filter((item) => !left.includes(item));

/** Statuses once each, in ascending order: how a question names them. */
export const sortedStatuses = (statuses: readonly JobStatusValue[]): JobStatusValue[] => unique(statuses).sort((a, b) => a - b);
