import type { Sleep } from './applyFault';
import type { ClientRegistry } from './clients';
import type { Faults } from './faults';
import type { JobStore } from './jobStore';
import type { TokenStore } from './tokenStore';

/** Counters tests and benchmarks read. */
export interface SimStats {
  tokenRequests: number;
  apiRequests: number;
  /** TCP connections accepted: with keep-alive this stays far below the request count. */
  connections: number;
}

/** Everything a route needs, built once per simulator. */
export interface SimContext {
  tokenUrl: string;
  /** Drives generated data. */
  now: () => Date;
  /** Drives tokens and assertions, in epoch ms: a wall clock, independent of the data's clock. */
  identityNow: () => number;
  tokens: TokenStore;
  clients: ClientRegistry;
  store: JobStore;
  faults: Faults;
  stats: SimStats;
  sleep: Sleep;
  /** Jobs added through POST /_sim/jobs so far (numbers their ids). */
  injected: number;
}
