import { JobStatus, JobType } from '../jobs/enums';
import type { Job } from '../jobs/model';
import { DAY_MS, planDay, type PlannedJob } from './dataGenerator';
import { materialize } from './materialize';
import type { SimOrganization } from './organizations';

/** How far back the simulated history goes. */
export const HISTORY_DAYS = 90;

/** One validated query, in either dialect. */
export interface SimJobFilter {
  pageIndex: number;
  pageSize: number;
  /** JobType.all = all types. */
  type: number;
  startMs: number;
  /** Exclusive. */
  finishMs: number;
  status?: number;
  organizationId?: string;
  objectType?: number;
}

export interface JobStore {
  query(filter: SimJobFilter, nowMs: number): { totalCount: number; jobs: Job[] };
  /** Adds a job (POST /_sim/jobs): it then shows in both dialects like any generated job. */
  add(job: PlannedJob): void;
}

/** The status a planned job shows at `nowMs` (it has started). */
const statusAt = (job: PlannedJob, nowMs: number) => (job.startMs + job.durationMs > nowMs ? JobStatus.inProgress : job.outcome);

/**
 * Jobs indexed by UTC day: a query walks only the days it overlaps, newest first, counting
 * with cheap numeric checks and materialising only the requested page. Each day is planned
 * once (every organisation, sorted newest first) and kept.
 */
export function createJobStore(seed: number, organizations: readonly SimOrganization[]): JobStore {
  const days = new Map<number, PlannedJob[]>();
  const plannedFor = (day: number) => {
    let jobs = days.get(day);
    if (!jobs) {
      jobs = organizations
        .flatMap((organization) => planDay(seed, day, organization))
        .sort((a, b) => b.startMs - a.startMs || (a.jobId < b.jobId ? -1 : 1));
      days.set(day, jobs);
    }
    return jobs;
  };

  return {
    add(job) {
      const day = Math.floor(job.startMs / DAY_MS);
      const jobs = [...plannedFor(day), job].sort((a, b) => b.startMs - a.startMs || (a.jobId < b.jobId ? -1 : 1));
      days.set(day, jobs);
    },
    query(filter, nowMs) {
      const from = Math.max(filter.startMs, nowMs - HISTORY_DAYS * DAY_MS);
      const to = Math.min(filter.finishMs, nowMs + 1);
      const organizationId = filter.organizationId?.toLowerCase();
      const first = (filter.pageIndex - 1) * filter.pageSize;
      const page: Job[] = [];
      let totalCount = 0;
      for (let day = Math.floor((to - 1) / DAY_MS); from < to && day >= Math.floor(from / DAY_MS); day -= 1) {
        for (const job of plannedFor(day)) {
          if (job.startMs < from || job.startMs >= to) continue;
          if (filter.type !== JobType.all && job.type !== filter.type) continue;
          if (filter.objectType !== undefined && job.module.objectType !== filter.objectType) continue;
          if (organizationId !== undefined && job.organization.id.toLowerCase() !== organizationId) continue;
          if (filter.status !== undefined && statusAt(job, nowMs) !== filter.status) continue;
          if (totalCount >= first && page.length < filter.pageSize) page.push(materialize(job, nowMs));
          totalCount += 1;
        }
      }
      return { totalCount, jobs: page };
    },
  };
}
