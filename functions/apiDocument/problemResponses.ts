import { MAX_BODY_BYTES } from '../http/readJsonBody';
import type { ApiResponse } from './ApiModel';
import { COMPONENTS } from './jsonSchema';

const problem = { contentType: 'application/problem+json', schema: { $ref: `${COMPONENTS}Problem` } };

/** Every problem the facade answers (functions/http/problem.ts), once; docs/API.md lists them for people. */
const PROBLEMS = {
  400: 'Invalid input: `errors` names each field or parameter as you wrote it',
  413: `The body is over ${MAX_BODY_BYTES / 1024} KB`,
  415: 'The body is not JSON (application/json, text/json or application/*+json)',
  500: 'A defect of ours; `instance` finds it in the logs',
  502: 'AvePoint failed or answered something that is not a page of jobs',
  503: 'AvePoint throttled us or is unavailable beyond our retries',
  504: 'AvePoint did not answer within the time bound',
} as const;

type ProblemStatus = keyof typeof PROBLEMS;

const response = (status: ProblemStatus): ApiResponse => ({
  description: PROBLEMS[status],
  bodies: [problem],
  ...(status === 503 && {
    headers: { 'Retry-After': { description: 'Seconds after which trying again makes sense, when known', schema: { type: 'integer' } } },
  }),
});

/** The problem responses of one operation, by status. */
export const problemResponses = (...statuses: ProblemStatus[]): Record<string, ApiResponse> =>
  Object.fromEntries(statuses.map((status) => [String(status), response(status)]));

/** Azure Functions refuses a missing or wrong key itself, with an empty body (the local host checks no keys). */
export const unauthorized: Record<string, ApiResponse> = { '401': { description: 'Missing or wrong function key', bodies: [] } };
