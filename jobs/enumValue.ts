import { z } from 'zod';

/** Lower-cases and drops spaces, underscores and hyphens, so "Finished_With Exception" matches "finishedWithException". */
const fold = (name: string) => name.replace(/[\s_-]+/g, '').toLowerCase();

/**
 * A zod schema for one value of a named number table (JobType, JobStatus): the number itself,
 * its digits as a string, or its name in any case and spelling of separators.
 */
export function enumValue<T extends Record<string, number>>(table: T) {
  const byName = new Map(Object.entries(table).map(([name, value]) => [fold(name), value as T[keyof T]]));
  const values = new Set<number>(Object.values(table));
  const listing = Object.entries(table)
    .map(([name, value]) => `${value} (${name})`)
    .join(', ');
  return z.union([z.number(), z.string()]).transform((input, ctx): T[keyof T] => {
    const asNumber = typeof input === 'number' ? input : /^\s*\d+\s*$/.test(input) ? Number(input) : undefined;
    const found = asNumber !== undefined ? (values.has(asNumber) ? (asNumber as T[keyof T]) : undefined) : byName.get(fold(String(input)));
    if (found === undefined) ctx.addIssue({ code: 'custom', message: `must be one of ${listing}` });
    return found as T[keyof T];
  });
}
