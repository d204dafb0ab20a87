export { createAvePointClient } from './createAvePointClient';
export type { AvePointClientOptions, ClosableAvePointClient } from './createAvePointClient';
export type { AvePointClient, UpstreamJobFilter } from './AvePointClient';
export type { Dialect } from './dialects';
export { DEFAULT_RETRY_POLICY } from './retryPolicy';
export type { RetryPolicy } from './retryPolicy';
