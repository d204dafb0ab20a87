import { JobStatus, JobType } from '../jobs/enums';
import type { Job } from '../jobs/model';
import { MINUTE_MS, HOUR_MS } from '../jobs/time';
import type { Mute, Subscription, SubscriptionFilter } from './Subscription';

/**
 * Each run looks again at this much before the watermark: jobs the upstream shows a little late
 * (clock skew, eventual consistency) are still found; claims stop them being sent twice.
 */
export const OVERLAP_MS = 15 * MINUTE_MS;
/**
 * The upstream filters by start time only, so a run asks for jobs started this long before the
 * watermark: a job running longer than this and then failing would be missed (AvePoint's
 * jobs take minutes to a couple of hours).
 */
export const MAX_JOB_DURATION_MS = 6 * HOUR_MS;

/** Without statuses a subscription announces outcomes, not the start of every job. */
const OUTCOMES: readonly number[] = [JobStatus.finished, JobStatus.failed, JobStatus.finishedWithException];

/**
 * A run that neither sent nor muted anything for a subscription leaves its watermark where it is until
 * it lags this far behind: a quiet run writes nothing, and a listing reaches back at most this much
 * further than OVERLAP_MS + MAX_JOB_DURATION_MS (one write per subscription an hour instead of twelve).
 */
export const WATERMARK_LAG_MS = HOUR_MS;

/** Whether a quiet run should still move the watermark, so that the listings' window stays bounded. */
export const watermarkLags = (subscription: Pick<Subscription, 'watermark'>, now: Date): boolean =>
  now.getTime() - Date.parse(subscription.watermark) > WATERMARK_LAG_MS;

/** One (subscription, job, status) to announce: the unit claimed once. */
export interface Candidate {
  subscription: Subscription;
  job: Job;
  item: string;
}

/** The ledger key of a job in a status: a job first seen in progress and failed later is a new item when it fails. */
export const jobItem = (job: Pick<Job, 'jobId' | 'status'>): string => `${job.jobId}:${job.status}`;

/** When the job reached its status: the finish for outcomes, the start while in progress. */
export function eventTime(job: Pick<Job, 'startTime' | 'finishTime' | 'status'>): number {
  const at = job.status === JobStatus.inProgress || !job.finishTime ? job.startTime : job.finishTime;
  return Date.parse(at);
}

/** Whether a job matches a subscription's filter (statuses empty = outcomes only). */
export function matchesFilter(job: Job, filter: SubscriptionFilter): boolean {
  const statuses: readonly number[] = filter.statuses.length > 0 ? filter.statuses : OUTCOMES;
  if (!statuses.includes(job.status)) return false;
  if (filter.type !== JobType.all && job.type !== filter.type) return false;
  return filter.organizationId === undefined || job.organizationId.toLowerCase() === filter.organizationId.toLowerCase();
}

/** Whether an organisation is muted in a conversation at `now`. */
export const isMuted = (mutes: readonly Mute[], conversationId: string, organizationId: string, now: Date): boolean =>
  mutes.some(
    (m) =>
      m.conversationId === conversationId &&
      m.organizationId.toLowerCase() === organizationId.toLowerCase() &&
      Date.parse(m.until) > now.getTime(),
  );

/**
 * Pure: what is new for one subscription since its watermark (with the overlap), muted or not (the
 * run leaves muted ones out, and moves the watermark past them). The overlap never reaches back
 * before the subscription: what happened before it was asked for is history, not news.
 */
export function newCandidates(subscription: Subscription, jobs: readonly Job[]): Candidate[] {
  const since = Math.max(Date.parse(subscription.watermark) - OVERLAP_MS, Date.parse(subscription.createdAt));
  const seen = new Set<string>();
  return jobs.flatMap((job) => {
    const item = jobItem(job);
    if (seen.has(item) || !matchesFilter(job, subscription.filter) || eventTime(job) <= since) return [];
    seen.add(item);
    return [{ subscription, job, item }];
  });
}
