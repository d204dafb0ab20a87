import { z } from 'zod';
import { JobStatus, JobType } from './enums';
import { enumValue } from './enumValue';
import { GUID_PATTERN } from './guid';
import { MAX_PAGE, MAX_PAGE_SIZE } from './limits';

/** An integer given as a JSON number or as digits in a string (query strings only have strings). */
const integer = z
  .union([
    z.number(),
    z
      .string()
      .trim()
      .regex(/^-?\d+$/, 'must be a whole number')
      .transform(Number),
  ])
  .pipe(z.number().int('must be a whole number').min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER));

export const pageSchema = integer.pipe(z.number().min(1, 'must be 1 or more').max(MAX_PAGE, `must be at most ${MAX_PAGE}`));
export const pageSizeSchema = integer.pipe(z.number().min(1, 'must be 1 or more').max(MAX_PAGE_SIZE, `must be at most ${MAX_PAGE_SIZE}`));
export const jobTypeSchema = enumValue(JobType);
export const jobStatusSchema = enumValue(JobStatus);
export const organizationIdSchema = z
  .string('must be a GUID string')
  .trim()
  .regex(GUID_PATTERN, 'must be a GUID like 8c3b6a4e-0f7c-4c59-9d2a-6b0e3f1d2a77')
  .transform((id) => id.replace(/[{}]/g, '').toLowerCase())
  // Yields a string, which is what JSON Schema says of its output (the facade describes answers from these schemas).
  .pipe(z.string());
export const objectTypeSchema = integer.pipe(z.number().min(0, 'must be 0 or more'));
