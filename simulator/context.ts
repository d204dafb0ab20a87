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
  now: () => Date;
  tokens: TokenStore;
  clients: ClientRegistry;
  store: JobStore;
  faults: Faults;
  stats: SimStats;
  sleep: Sleep;
}
