import type { Dialect } from './dialects';
import type { RetryPolicy } from './retryPolicy';

export type AvePointCredential = { kind: 'secret'; secret: string } | { kind: 'certificate'; pem: string };

/** What the upstream client needs; app/config.ts reads it from the environment. */
export interface AvePointSettings {
  baseUrl: string;
  dialect: Dialect;
  tokenUrl: string;
  clientId: string;
  credential: AvePointCredential;
  scope: string;
  /** Bound on one attempt. */
  timeoutMs: number;
  /** Bound on all attempts of one call, waits included. */
  totalTimeoutMs: number;
  /** DEFAULT_RETRY_POLICY unless a test sets it (never read from the environment). */
  retryPolicy?: Partial<RetryPolicy>;
}
