import { z } from 'zod';

/** Lower-cases and drops spaces, underscores and hyphens, so "Finished_With Exception" matches "finishedWithException". */
const fold = (name: string) => name.replace(/[\s_-]+/g, '').toLowerCase();

/**
 * A zod schema for the numbers of a named number table (JobType, JobStatus), and nothing else: how
 * stored data is read back. AvePoint's values are whole numbers, and JSON Schema is told so.
 */
export const enumNumber = <T extends Record<string, number>>(table: T) =>
  z.literal(Object.values(table) as T[keyof T][]).meta({ type: 'integer' });

/**
 * A zod schema for one value of a named number table (JobType, JobStatus): the number itself,
 * its digits as a string, or its name in any case and spelling of separators. It yields the
 * number (enumNumber), which is also what JSON Schema says of its output.
 */
export function enumValue<T extends Record<string, number>>(table: T) {
  const byName = new Map(Object.entries(table).map(([name, value]) => [fold(name), value]));
  const values = new Set<number>(Object.values(table));
  const listing = Object.entries(table)
    .map(([name, value]) => `${value} (${name})`)
    .join(', ');
  return z
    .union([z.number(), z.string()])
    .transform((input, ctx): number => {
      const asNumber = typeof input === 'number' ? input : /^\s*\d+\s*$/.test(input) ? Number(input) : undefined;
      const found = asNumber !== undefined ? (values.has(asNumber) ? asNumber : undefined) : byName.get(fold(String(input)));
      if (found === undefined) ctx.addIssue({ code: 'custom', message: `must be one of ${listing}` });
      return found as number;
    })
    .pipe(enumNumber(table));
}
