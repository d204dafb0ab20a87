import { JobStatus, JobType } from '../jobs/enums';
import type { JobStatusValue, JobTypeValue } from '../jobs/enums';
import { MAX_JOB_DURATION_MS, OVERLAP_MS } from './newJobs';
import type { Subscription } from './Subscription';

/** One upstream listing a run reads: a single status (or none), as both AvePoint dialects accept. */
export interface UpstreamQuery {
  key: string;
  type: JobTypeValue;
  status?: JobStatusValue;
  organizationId?: string;
  /** ISO 8601 UTC; the earliest any subscription of the group needs. */
  startTime: string;
}

/**
 * The listings one run needs for its job subscriptions: one per distinct (type, status,
 * organisation), however many subscriptions share it. A subscription without statuses reads its
 * outcomes in one listing without a status; one with k statuses reads k listings (shared with any
 * other subscription that names the same status).
 */
export function upstreamQueries(subscriptions: readonly Subscription[]): { queries: UpstreamQuery[]; of: (s: Subscription) => string[] } {
  const byKey = new Map<string, UpstreamQuery>();
  const keysOf = new Map<Subscription, string[]>();
  for (const subscription of subscriptions) {
    if (subscription.kind !== 'jobs') continue;
    const { type, organizationId } = subscription.filter;
    const start = Date.parse(subscription.watermark) - OVERLAP_MS - MAX_JOB_DURATION_MS;
    const statuses: Array<JobStatusValue | undefined> =
      subscription.filter.statuses.length > 0 ? [...new Set(subscription.filter.statuses)] : [undefined];
    const keys = statuses.map((status) => {
      const key = `${type}|${status ?? '*'}|${organizationId?.toLowerCase() ?? '*'}`;
      const known = byKey.get(key);
      if (!known || Date.parse(known.startTime) > start) {
        byKey.set(key, {
          key,
          type,
          ...(status !== undefined && { status }),
          ...(organizationId && { organizationId }),
          startTime: new Date(start).toISOString(),
        });
      }
      return key;
    });
    keysOf.set(subscription, keys);
  }
  return { queries: [...byKey.values()], of: (s) => keysOf.get(s) ?? [] };
}

/** The listing of successful backups a missed-backup group reads: one per distinct (organisation, threshold). */
export interface BackupQuery {
  key: string;
  organizationId?: string;
  thresholdHours: number;
}

export function backupQueries(subscriptions: readonly Subscription[], defaultHours: number): BackupQuery[] {
  const byKey = new Map<string, BackupQuery>();
  for (const s of subscriptions) {
    if (s.kind !== 'missedBackup') continue;
    const thresholdHours = s.thresholdHours ?? defaultHours;
    const key = backupKey(s, defaultHours);
    byKey.set(key, { key, thresholdHours, ...(s.filter.organizationId && { organizationId: s.filter.organizationId }) });
  }
  return [...byKey.values()];
}

export const backupKey = (s: Subscription, defaultHours: number): string =>
  `${s.filter.organizationId?.toLowerCase() ?? '*'}|${s.thresholdHours ?? defaultHours}`;

/** Successful backups are finished backup jobs. */
export const SUCCESSFUL_BACKUP = { type: JobType.backup, status: JobStatus.finished } as const;
