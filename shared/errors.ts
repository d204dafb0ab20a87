/** A request field that failed validation: JSON path (e.g. "pageInfo.pageSize") and why. */
export interface FieldIssue {
  field: string;
  message: string;
  /** For a sentence: the words that could not be used, as typed. */
  words?: string[];
  /** For a sentence: sentences that would be read in full instead. */
  suggestions?: string[];
}

/** Bad input from a caller. Becomes 400 problem+json (HTTP) or a help card (bot). */
export class ValidationError extends Error {
  override readonly name = 'ValidationError';
  constructor(readonly issues: FieldIssue[]) {
    super(issues.map((i) => `${i.field}: ${i.message}`).join('; '));
  }
}

/**
 * Why the upstream could not answer. Each kind has one HTTP status:
 * badGateway 502 (failed or answered garbage), unavailable 503 (throttled or down beyond retries),
 * timeout 504 (no answer within the time bound).
 */
export type UpstreamErrorKind = 'badGateway' | 'unavailable' | 'timeout';

export type UpstreamPart = 'token' | 'api';

/** The upstream failed after the retry policy gave up. The message never carries upstream internals. */
export class UpstreamError extends Error {
  override readonly name = 'UpstreamError';
  constructor(
    readonly kind: UpstreamErrorKind,
    message: string,
    /** Seconds after which trying again makes sense, when known (e.g. from Retry-After). */
    readonly retryAfterSeconds?: number,
    options?: { cause?: unknown; part?: UpstreamPart },
  ) {
    super(message, options);
    this.part = options?.part ?? 'api';
  }
  /** Which part of the upstream failed: its token endpoint or its jobs API (health reports it). */
  readonly part: UpstreamPart;
}

/** Settings that make the app unable to start. Thrown at start-up, loudly. */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
}
