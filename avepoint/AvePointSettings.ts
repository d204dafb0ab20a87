import type { Dialect } from './dialects';

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
}
