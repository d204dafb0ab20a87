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
  /** 0 = all types. */
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
}

/**
 * Jobs indexed by UTC day: a query walks only the days it overlaps, newest first,
 * and each (day, organisation) is planned once and kept.
 */
export function createJobStore(seed: number, organizations: readonly SimOrganization[]): JobStore {
  const planned = new Map<string, PlannedJob[]>();
  const plannedFor = (day: number, organization: SimOrganization) => {
    const key = `${day}|${organization.id}`;
    let jobs = planned.get(key);
    if (!jobs) {
      jobs = planDay(seed, day, organization);
      planned.set(key, jobs);
    }
    return jobs;
  };

  return {
    query(filter, nowMs) {
      const from = Math.max(filter.startMs, nowMs - HISTORY_DAYS * DAY_MS);
      const to = Math.min(filter.finishMs, nowMs + 1);
      const wantedOrganization = filter.organizationId?.toLowerCase();
      const selected = selectOrganizations(organizations, wantedOrganization);
      const matches: Job[] = [];
      for (let day = Math.floor((to - 1) / DAY_MS); from < to && day >= Math.floor(from / DAY_MS); day -= 1) {
        const ofDay: Array<{ startMs: number; job: Job }> = [];
        for (const organization of selected) {
          for (const job of plannedFor(day, organization)) {
            if (job.startMs < from || job.startMs >= to) continue;
            if (filter.type !== 0 && job.type !== filter.type) continue;
            if (filter.objectType !== undefined && job.module.objectType !== filter.objectType) continue;
            const shown = materialize(job, nowMs);
            if (!shown || (filter.status !== undefined && shown.status !== filter.status)) continue;
            ofDay.push({ startMs: job.startMs, job: shown });
          }
        }
        ofDay.sort((a, b) => b.startMs - a.startMs || (a.job.jobId < b.job.jobId ? -1 : 1));
        for (const { job } of ofDay) matches.push(job);
      }
      const first = (filter.pageIndex - 1) * filter.pageSize;
      return { totalCount: matches.length, jobs: matches.slice(first, first + filter.pageSize) };
    },
  };
}

function selectOrganizations(all: readonly SimOrganization[], wanted: string | undefined): readonly SimOrganization[] {
  return wanted === undefined ? all : all.filter((o) => o.id.toLowerCase() === wanted);
}
