import type { JobsPage } from './model';

/** One upstream request: a single status (or none), as both AvePoint dialects accept. */
export interface JobSourceFilter {
  pageIndex: number;
  pageSize: number;
  type: number;
  /** ISO 8601 UTC. */
  startTime: string;
  /** ISO 8601 UTC (the Graph dialect calls it finishTime). */
  endTime: string;
  status?: number;
  organizationId?: string;
  objectType?: number;
}

/** The port the domain reads jobs through; avepoint/ implements it, app/compose.ts wires it. */
export interface JobSource {
  /** One filtered page. Throws UpstreamError (shared/errors.ts) when the source gives up. */
  getJobs(filter: JobSourceFilter, options?: { signal?: AbortSignal }): Promise<JobsPage>;
}

/** How the upstream is doing, for /api/health. */
export interface UpstreamProbe {
  /**
   * Whether a token can be had and the API answers, within `deadlineMs`. Never throws; `detail` is
   * the facade's own message for the failure (as /api/jobs would say it), never secrets.
   */
  probe(deadlineMs: number): Promise<{ token: 'ok' | 'failed'; api: 'ok' | 'failed'; latencyMs: number; detail?: string }>;
}
