import { z } from 'zod';
import type { UpstreamProbe } from '../../jobs/JobSource';

/** An RFC 9457 problem, as functions/http/problem.ts writes it. */
export const problemSchema = z.object({
  type: z.string().describe('A URI naming the kind of problem'),
  title: z.string().describe('The kind of problem in a few words'),
  status: z.number().int().describe('The HTTP status'),
  detail: z.string().describe('What went wrong with this request'),
  instance: z.string().describe('urn:invocation:<id>, to find the logs'),
  errors: z
    .array(
      z.object({
        field: z.string().describe('The field or parameter, as you wrote it'),
        message: z.string().describe('What is wrong with it'),
        words: z.array(z.string()).optional().describe('For q: the words of the sentence that could not be used, as typed'),
        suggestions: z.array(z.string()).optional().describe('For q: sentences that would be read in full instead'),
      }),
    )
    .optional()
    .describe('Each invalid field or parameter, named as you wrote it'),
});

const part = z.enum(['ok', 'failed']);
const upstreamSchema = z.object({
  token: part.describe('Whether an AvePoint token could be had'),
  api: part.describe('Whether the AvePoint jobs API answered'),
  latencyMs: z.number().describe('How long the check took, in milliseconds'),
  detail: z
    .string()
    .optional()
    .describe('What failed, in the words GET /api/jobs would use (e.g. "The AvePoint token endpoint is unavailable")'),
}) satisfies z.ZodType<Awaited<ReturnType<UpstreamProbe['probe']>>, unknown>;

/** GET /api/health's body, healthy or not. */
export const healthSchema = z.object({
  status: z.enum(['healthy', 'unhealthy']).describe('healthy when both upstream checks are ok'),
  upstream: upstreamSchema.describe('The checks of AvePoint'),
});
