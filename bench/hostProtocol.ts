/** Sent once by bench/hostProcess.ts when the product listens. */
export interface HostReady {
  kind: 'ready';
  url: string;
  routePrefix: string;
  simulatorUrl: string;
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
}

export type HostRequest = { kind: 'memory' } | { kind: 'close' };

/** Bytes; `peakRss` is the highest RSS sampled since the previous memory reply. */
export type HostReply = { kind: 'memory'; rss: number; heapUsed: number; heapTotal: number; external: number; peakRss: number };
