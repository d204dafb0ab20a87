import type { Job, JobQuery, JobsPage, Organization } from './model';

/** What the facade and the bot need from the job source. Wired to the AvePoint client in app/compose.ts. */
export interface JobsService {
  /** One page of jobs for the query (several statuses are merged by start time, newest first). Throws UpstreamError. */
  getJobs(query: JobQuery, options?: { signal?: AbortSignal }): Promise<JobsPage>;
  /** One job by its id, or undefined when no such job exists. Throws UpstreamError. */
  getJob(jobId: string, options?: { signal?: AbortSignal }): Promise<Job | undefined>;
  /** Organisations the service knows (from recent jobs), for matching names in sentences. */
  organizations(options?: { signal?: AbortSignal }): Promise<Organization[]>;
}
