import type { JobsPage } from '../jobs/model';

/** One upstream request: a single status (or none), as both dialects accept. */
export interface UpstreamJobFilter {
  pageIndex: number;
  pageSize: number;
  type: number;
  /** ISO 8601 UTC. */
  startTime: string;
  /** ISO 8601 UTC (the Graph dialect's finishTime, the legacy dialect's endTime). */
  finishTime: string;
  status?: number;
  organizationId?: string;
  objectType?: number;
}

/** AvePoint's job API in either dialect (`graph` or `legacy`), with token handling and retry policy inside. */
export interface AvePointClient {
  /** Throws UpstreamError (jobs/errors.ts) when the policy gives up. */
  getJobs(filter: UpstreamJobFilter, options?: { signal?: AbortSignal }): Promise<JobsPage>;
  /** Whether a token can be had and the API answers, for /api/health. Never throws; never includes secrets. */
  probe(): Promise<{ token: 'ok' | 'failed'; api: 'ok' | 'failed'; latencyMs: number }>;
}
