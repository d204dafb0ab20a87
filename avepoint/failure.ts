import { UpstreamError, type UpstreamErrorKind } from '../shared/errors';

/** Why one attempt failed, and whether another attempt may help. Internal to the client. */
export interface Failure {
  kind: UpstreamErrorKind;
  retryable: boolean;
  /** Short, generic: becomes the UpstreamError message. */
  message: string;
  /** HTTP status, or what went wrong on the wire; for the retry log line only. */
  status: number | 'timeout' | 'connection';
  retryAfterSeconds?: number;
  /** Set when the token endpoint, not the jobs API, failed. */
  part?: 'token';
}

/** Carries a Failure out of the token provider. */
export class FailureError extends Error {
  constructor(readonly failure: Failure) {
    super(failure.message);
  }
}

export const toUpstreamError = (failure: Failure): UpstreamError =>
  new UpstreamError(failure.kind, failure.message, failure.retryAfterSeconds, { part: failure.part ?? 'api' });

/** The failure a response status means, or undefined for 2xx. 401 is handled by the caller (token refresh). */
export function failureForStatus(status: number, retryAfterSeconds: number | undefined, what: string): Failure | undefined {
  if (status >= 200 && status < 300) return undefined;
  if (status === 429) return { kind: 'unavailable', retryable: true, status, retryAfterSeconds, message: `${what} throttled the request` };
  if (status === 503) return { kind: 'unavailable', retryable: true, status, retryAfterSeconds, message: `${what} is unavailable` };
  if (status === 502) return { kind: 'badGateway', retryable: true, status, message: `${what} failed` };
  if (status === 504) return { kind: 'timeout', retryable: true, status, message: `${what} did not answer in time` };
  return { kind: 'badGateway', retryable: false, status, message: `${what} answered with an unexpected status ${status}` };
}

export const timeoutFailure = (what: string): Failure => ({
  kind: 'timeout',
  retryable: true,
  status: 'timeout',
  message: `${what} did not answer in time`,
});

export const connectionFailure = (what: string): Failure => ({
  kind: 'unavailable',
  retryable: true,
  status: 'connection',
  message: `${what} could not be reached`,
});

export const garbageFailure = (what: string, status: number): Failure => ({
  kind: 'badGateway',
  retryable: false,
  status,
  message: `${what} answered with an unreadable response`,
});
