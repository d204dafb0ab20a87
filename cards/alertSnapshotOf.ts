import type { JobQuery, Job } from '../jobs/model';
import { alertSnapshot } from './alertCard';
import type { AlertSnapshot } from './alertSnapshot';

/** One subscription as an alert card names it: a short line, its zone, and its filter for "Show all". */
export interface AlertWatch {
  /** e.g. "#1 · new failed backup jobs". */
  about: string;
  timeZone: string;
  filter: Pick<JobQuery, 'type' | 'statuses' | 'organizationId'>;
  /** The filter in words, e.g. "failed backup jobs of Contoso". */
  reading: string;
}

/**
 * One card for everything new in a conversation: each job once, newest first, whichever watches matched it;
 * "Show all" lists exactly their range when a single watch matched them all.
 */
export function alertSnapshotOf(found: Array<{ job: Job; watch: AlertWatch }>, now: Date, ledger: AlertSnapshot['ledger']): AlertSnapshot {
  const jobs = [...new Map(found.map((f) => [`${f.job.jobId}:${f.job.status}`, f.job])).values()].sort(
    (a, b) => Date.parse(b.startTime) - Date.parse(a.startTime),
  );
  const watches = [...new Set(found.map((f) => f.watch))];
  const about = watches.map((w) => w.about).join(' · ');
  const only = watches.length === 1 ? watches[0] : undefined;
  const starts = jobs.map((job) => Date.parse(job.startTime));
  const showAll = only && {
    query: {
      page: 1,
      pageSize: 10,
      type: only.filter.type,
      statuses: [...only.filter.statuses],
      startTime: new Date(Math.min(...starts)).toISOString(),
      endTime: new Date(Math.max(...starts) + 1000).toISOString(),
      ...(only.filter.organizationId && { organizationId: only.filter.organizationId }),
    },
    reading: only.reading,
    timeZone: only.timeZone,
  };
  return alertSnapshot({ jobs, about, timeZone: watches[0]?.timeZone ?? 'UTC', now, ledger, ...(showAll && { showAll }) });
}
