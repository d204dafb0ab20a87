import { z } from 'zod';
import { GUID } from '../jobs/guid';
import type { SimJobFilter } from './jobStore';

const JOB_TYPES = [0, 1, 2, 4, 8, 16, 32];
const STATUSES = [2, 3, 4, 7];

const oneOf = (values: number[], what: string) =>
  z
    .number()
    .int()
    .refine((v) => values.includes(v), { message: `${what} must be one of ${values.join(', ')}` });
const pageIndex = z.number().int().min(1, { message: 'pageIndex must be at least 1' });
const pageSize = z.number().int().min(1).max(100, { message: 'pageSize must be between 1 and 100' });
/** ISO 8601 text; the legacy contract also describes times as `long`, so epoch milliseconds are accepted there. */
const isoTime = z
  .string()
  .refine((v) => !Number.isNaN(Date.parse(v)), { message: 'must be an ISO 8601 date-time' })
  .transform((v) => Date.parse(v));
const guid = z.string().regex(GUID, { message: 'must be a GUID' });
/** Query string numbers arrive as text. */
const fromText = (schema: z.ZodType<number, number>) =>
  z
    .string()
    .regex(/^-?\d+$/, { message: 'must be an integer' })
    .transform(Number)
    .pipe(schema);

const graphSchema = z.object({
  pageIndex: fromText(pageIndex).default(1),
  pageSize: fromText(pageSize).default(10),
  type: fromText(oneOf(JOB_TYPES, 'type')),
  startTime: isoTime,
  finishTime: isoTime,
  status: fromText(oneOf(STATUSES, 'status')).optional(),
  organizationId: guid.optional(),
});

const legacySchema = z.object({
  pageInfo: z.object({ currentPage: pageIndex.default(1), pageSize: pageSize.default(10) }).default({ currentPage: 1, pageSize: 10 }),
  type: oneOf(JOB_TYPES, 'type').default(0),
  startTime: z.union([isoTime, z.number().int()]),
  endTime: z.union([isoTime, z.number().int()]).optional(),
  finishTime: z.union([isoTime, z.number().int()]).optional(),
  status: oneOf(STATUSES, 'status').nullish(),
  organizationId: guid.nullish(),
  objectType: z.number().int().nullish(),
});

export type Parsed = { ok: true; filter: SimJobFilter } | { ok: false; message: string };

const failure = (error: z.ZodError): Parsed => ({
  ok: false,
  message: error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '),
});

const ordered = (filter: SimJobFilter): Parsed =>
  filter.startMs > filter.finishMs ? { ok: false, message: 'startTime must not be after finishTime' } : { ok: true, filter };

/** `GET /dynamicsbackup/jobs` query string → filter, or a 400 message. A repeated key keeps its last value. */
export function parseGraphQuery(params: URLSearchParams): Parsed {
  const raw: Record<string, string> = {};
  for (const [key, value] of params) raw[key] = value;
  const parsed = graphSchema.safeParse(raw);
  if (!parsed.success) return failure(parsed.error);
  const { pageIndex: index, pageSize: size, type, startTime, finishTime, status, organizationId } = parsed.data;
  return ordered({ pageIndex: index, pageSize: size, type, startMs: startTime, finishMs: finishTime, status, organizationId });
}

/** `POST /api/OpenApi/GetJobs` JSON body → filter, or a 400 message. Accepts `endTime` (body schema) or `finishTime` (property table). */
export function parseLegacyBody(body: unknown): Parsed {
  const parsed = legacySchema.safeParse(body);
  if (!parsed.success) return failure(parsed.error);
  const { pageInfo, type, startTime, endTime, finishTime, status, organizationId, objectType } = parsed.data;
  const finish = endTime ?? finishTime;
  if (finish === undefined) return { ok: false, message: 'endTime: required' };
  return ordered({
    pageIndex: pageInfo.currentPage,
    pageSize: pageInfo.pageSize,
    type,
    startMs: startTime,
    finishMs: finish,
    status: status ?? undefined,
    organizationId: organizationId ?? undefined,
    objectType: objectType ?? undefined,
  });
}
