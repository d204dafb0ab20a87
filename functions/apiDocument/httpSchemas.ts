import { z } from 'zod';
import type { UpstreamProbe } from '../../jobs/JobSource';

/** An RFC 9457 problem, as functions/problem.ts writes it. */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  instance: z.string().describe('urn:invocation:<id>, to find the logs'),
  errors: z
    .array(
      z.object({
        field: z.string(),
        message: z.string(),
        words: z.array(z.string()).optional().describe('For q: the words of the sentence that could not be used, as typed'),
        suggestions: z.array(z.string()).optional().describe('For q: sentences that would be read in full instead'),
      }),
    )
    .optional()
    .describe('Each invalid field or parameter, named as you wrote it'),
});

const part = z.enum(['ok', 'failed']);
const upstreamSchema = z.object({
  token: part,
  api: part,
  latencyMs: z.number(),
  detail: z
    .string()
    .optional()
    .describe('What failed, in the words GET /api/jobs would use (e.g. "The AvePoint token endpoint is unavailable")'),
}) satisfies z.ZodType<Awaited<ReturnType<UpstreamProbe['probe']>>, unknown>;

/** GET /api/health's body, healthy or not. */
export const healthSchema = z.object({ status: z.enum(['healthy', 'unhealthy']), upstream: upstreamSchema });
