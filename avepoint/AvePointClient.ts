import type { JobSource, UpstreamProbe } from '../jobs/JobSource';

/** AvePoint's job API in either dialect (`graph` or `legacy`), with token handling and retry policy inside. */
export interface AvePointClient extends JobSource, UpstreamProbe {}
