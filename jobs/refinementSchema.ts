import { z } from 'zod';
import { JobType } from './enums';
import { jobTypeSchema, organizationIdSchema } from './fieldSchemas';
import { REFINE_SCAN_LIMIT } from './limits';
import { JOB_SORTS, type JobSort, type Refinement } from './Refinement';

/**
 * The rules of each refinement field (jobs/Refinement.ts), for the query string (strings) and for
 * a refinement read back from card data or storage (numbers): one set of rules for both.
 */

/** Sizes are 1024-based, as the cards show them (cards/format.ts formatSize). */
export const SIZE_UNITS = { B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3, TB: 1024 ** 4 } as const;
const SIZE = /^(\d+(?:\.\d+)?)\s*(B|KB|MB|GB|TB)?$/i;
const SIZE_MESSAGE = 'must be bytes, or a number with B, KB, MB, GB or TB (1024-based), e.g. 10GB';

/**
 * A number given as a JSON number or as text (query strings only have text) that `read` turns into
 * one, or says `message`. Not a union of two schemas: zod would then say only "Invalid input".
 */
const numberFrom = (read: (text: string) => number | undefined, message: string) =>
  z.union([z.number(), z.string()]).transform((input, ctx) => {
    const value = typeof input === 'number' ? input : read(input.trim());
    if (value === undefined) ctx.addIssue({ code: 'custom', message });
    return value ?? z.NEVER;
  });
const whole = (text: string) => (/^\d+$/.test(text) ? Number(text) : undefined);
const decimal = (text: string) => (/^\d+(\.\d+)?$/.test(text) ? Number(text) : undefined);
const bytes = (text: string) => {
  const [, number, unit] = SIZE.exec(text) ?? [];
  return number === undefined ? undefined : Math.round(Number(number) * SIZE_UNITS[(unit ?? 'B').toUpperCase() as keyof typeof SIZE_UNITS]);
};
const atLeastZero = z.number().min(0, 'must be 0 or more').max(Number.MAX_SAFE_INTEGER, 'is too large');

export const sizeSchema = numberFrom(bytes, SIZE_MESSAGE).pipe(atLeastZero);
export const hoursSchema = numberFrom(decimal, 'must be hours as a number such as 1.5').pipe(atLeastZero);
export const itemCountSchema = numberFrom(whole, 'must be a whole number').pipe(atLeastZero.int('must be a whole number'));
export const refineLimitSchema = numberFrom(whole, 'must be a whole number').pipe(
  z.number().int('must be a whole number').min(1, 'must be 1 or more').max(REFINE_SCAN_LIMIT, `must be at most ${REFINE_SCAN_LIMIT}`),
);
export const jobSortSchema = z.string().transform((text, ctx): JobSort => {
  const sort = JOB_SORTS.find((name) => name.toLowerCase() === text.trim().toLowerCase());
  if (sort === undefined) ctx.addIssue({ code: 'custom', message: `must be one of ${JOB_SORTS.join(', ')}` });
  return sort!;
});
export const excludeTypeSchema = jobTypeSchema.refine(
  (type) => type !== JobType.all,
  'cannot leave out every type; name one, e.g. restore',
);
export const moduleNameSchema = z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters');
/** Lists are short in practice; the cap keeps a link or card data small. */
export const REFINE_LIST_MAX = 50;

/** The pairs of bounds that must not cross, by field. */
export const REFINE_RANGES = [
  ['minSize', 'maxSize'],
  ['minDurationHours', 'maxDurationHours'],
] as const satisfies readonly (readonly [keyof Refinement, keyof Refinement])[];

/** A Refinement read back from somewhere untrusted (card data, the conversation store). */
export const refinementSchema: z.ZodType<Refinement> = z
  .object({
    excludeOrganizationIds: z.array(organizationIdSchema).max(REFINE_LIST_MAX).optional(),
    excludeTypes: z.array(excludeTypeSchema).max(REFINE_LIST_MAX).optional(),
    modules: z.array(moduleNameSchema).max(REFINE_LIST_MAX).optional(),
    minSize: sizeSchema.optional(),
    maxSize: sizeSchema.optional(),
    minDurationHours: hoursSchema.optional(),
    maxDurationHours: hoursSchema.optional(),
    minFailedItems: itemCountSchema.optional(),
    minSkippedItems: itemCountSchema.optional(),
    sort: jobSortSchema.optional(),
    limit: refineLimitSchema.optional(),
  })
  .superRefine((refine, ctx) => {
    for (const [min, max] of REFINE_RANGES) {
      if (refine[min] !== undefined && refine[max] !== undefined && refine[min] > refine[max])
        ctx.addIssue({ code: 'custom', path: [min], message: `must not exceed ${max}` });
    }
  });
