import type { HttpResponseInit, InvocationContext } from '@azure/functions';
import { UpstreamError, ValidationError, type FieldIssue } from '../../shared/errors';

/** A request the facade refuses before validation (wrong content type, too large, not JSON). */
export class RequestProblem extends Error {
  override readonly name = 'RequestProblem';
  constructor(
    readonly status: 400 | 413 | 415,
    readonly title: string,
    detail: string,
  ) {
    super(detail);
  }
}

const UPSTREAM_STATUS = { badGateway: 502, unavailable: 503, timeout: 504 } as const;
const UPSTREAM_TITLE = {
  badGateway: 'The AvePoint service failed',
  unavailable: 'The AvePoint service is unavailable',
  timeout: 'The AvePoint service did not answer in time',
} as const;

/** An RFC 9457 problem+json response; `instance` is the invocation id, for finding the logs. */
export function problem(
  context: Pick<InvocationContext, 'invocationId'>,
  status: number,
  title: string,
  detail: string,
  extra: { errors?: FieldIssue[]; headers?: Record<string, string> } = {},
): HttpResponseInit {
  return {
    status,
    headers: { 'content-type': 'application/problem+json', 'cache-control': 'no-store', ...extra.headers },
    jsonBody: {
      type: 'about:blank',
      title,
      status,
      detail,
      instance: `urn:invocation:${context.invocationId}`,
      ...(extra.errors && { errors: extra.errors }),
    },
  };
}

/**
 * The one mapping of failures to HTTP: bad input 4xx, upstream failures 502/503/504 (with
 * Retry-After when known), anything else a generic 500 whose details only go to the log.
 */
export function errorResponse(error: unknown, context: Pick<InvocationContext, 'invocationId' | 'error' | 'warn'>): HttpResponseInit {
  if (error instanceof RequestProblem) return problem(context, error.status, error.title, error.message);
  if (error instanceof ValidationError) {
    return problem(context, 400, 'The request is not valid', error.message, { errors: error.issues });
  }
  if (error instanceof UpstreamError) {
    context.warn('Upstream failure', { kind: error.kind, message: error.message });
    const headers: Record<string, string> =
      error.retryAfterSeconds !== undefined ? { 'retry-after': String(Math.max(0, Math.ceil(error.retryAfterSeconds))) } : {};
    return problem(context, UPSTREAM_STATUS[error.kind], UPSTREAM_TITLE[error.kind], error.message, { headers });
  }
  context.error('Unexpected failure', { error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  return problem(context, 500, 'Internal error', 'Something went wrong on our side; the instance identifies it in our logs.');
}
