import { JobStatus, JobType, type JobStatusName } from './enums';
import type { JobSource, JobSourceFilter } from './JobSource';
import type { DayCounts, JobsSummary, OrganizationSummary, StatusCounts, SummaryQuery } from './JobsSummary';
import { summaryDays, type SummaryDay } from './summaryDays';
import { successRateOf, worstRecordOf } from './summaryRates';
import type { Job, JobsPage, Organization } from './model';
import { DAY_MS, HOUR_MS, MINUTE_MS } from './time';

/** A backup older than this is not looked for: the answer is then "none in 30 days". */
export const SUCCESS_LOOKBACK_DAYS = 30;
/** How long one summary is reused for the same filter (docs/API.md). */
export const SUMMARY_CACHE_MS = 60_000;
/** Distinct summaries kept at once; untrusted filters must not grow the cache without bound. */
const SUMMARY_CACHE_ENTRIES = 100;

const STATUS_NAMES = Object.keys(JobStatus) as JobStatusName[];

export interface SummaryService {
  /**
   * Counts over the whole range from one-row pages; throws UpstreamError. See upstreamCallsPerSummary.
   * Days (for the trend) are calendar days in `timeZone` (default UTC).
   */
  summarize(query: SummaryQuery, options?: { signal?: AbortSignal; timeZone?: string }): Promise<JobsSummary>;
}

export interface SummaryServiceDeps {
  source: JobSource;
  organizations: (options?: { signal?: AbortSignal }) => Promise<Organization[]>;
  now: () => Date;
  /** BACKUP_RPO_HOURS. */
  rpoHours: number;
}

/**
 * Upstream calls one summary costs: per status a one-row page for the range (its totalCount is the
 * count) plus one for the total; the same five for the period before; per organisation the four
 * status counts and one for its last successful backup (one organisation asked for: its counts are
 * the overall ones, 10 + 1); per day of a 3-to-31-day range two (failures, successes), at most 62.
 * Identical calls made at the same time are shared.
 */
export const upstreamCallsPerSummary = (organizations: number, days = 0): number => 10 + 5 * organizations + 2 * days;

/**
 * The summary service over a job source. Every count is the `totalCount` of a one-row page, so the
 * cost does not grow with the number of jobs; the undici pool of the client bounds how many run at once.
 */
export function createSummaryService(deps: SummaryServiceDeps): SummaryService {
  const inFlight = new Map<string, Promise<JobsPage>>();
  const cache = new Map<string, { at: number; summary: Promise<JobsSummary> }>();

  const onePage = (filter: JobSourceFilter, signal?: AbortSignal): Promise<JobsPage> => {
    const key = JSON.stringify(filter);
    const shared = inFlight.get(key);
    if (shared) return shared;
    const call = deps.source.getJobs(filter, { signal }).finally(() => inFlight.delete(key));
    inFlight.set(key, call);
    return call;
  };

  const compute = async (query: SummaryQuery, nowMs: number, timeZone: string, signal?: AbortSignal): Promise<JobsSummary> => {
    const range = { pageIndex: 1, pageSize: 1, type: query.type, startTime: query.startTime, endTime: query.endTime };
    const countsFor = async (organizationId?: string, within: JobSourceFilter = range) => {
      const scoped = organizationId === undefined ? within : { ...within, organizationId };
      const pages = await Promise.all(STATUS_NAMES.map((name) => onePage({ ...scoped, status: JobStatus[name] }, signal)));
      const byStatus = Object.fromEntries(STATUS_NAMES.map((name, i) => [name, pages[i]!.totalCount])) as StatusCounts;
      return { byStatus, newestFailed: pages[STATUS_NAMES.indexOf('failed')]!.jobs[0] };
    };
    const lastSuccess = (organizationId: string) =>
      onePage(
        {
          pageIndex: 1,
          pageSize: 1,
          type: JobType.backup,
          status: JobStatus.finished,
          organizationId,
          startTime: new Date(nowMs - SUCCESS_LOOKBACK_DAYS * DAY_MS).toISOString(),
          endTime: new Date(nowMs).toISOString(),
        },
        signal,
      ).then((page) => page.jobs[0]);

    const scoped = query.organizationId === undefined ? range : { ...range, organizationId: query.organizationId };
    const span = Date.parse(query.endTime) - Date.parse(query.startTime);
    const before = { ...scoped, startTime: new Date(Date.parse(query.startTime) - span).toISOString(), endTime: query.startTime };
    const days = summaryDays(query.startTime, query.endTime, timeZone);
    const countDay = async (day: SummaryDay): Promise<DayCounts> => {
      const within = { ...scoped, startTime: day.startTime, endTime: day.endTime };
      const [failed, finished] = await Promise.all(
        [JobStatus.failed, JobStatus.finished].map((status) => onePage({ ...within, status }, signal)),
      );
      return { ...day, failed: failed!.totalCount, finished: finished!.totalCount };
    };
    const [total, overall, known, previousTotal, previous, daily] = await Promise.all([
      onePage(scoped, signal),
      countsFor(query.organizationId),
      deps.organizations({ signal }),
      onePage(before, signal),
      countsFor(undefined, before),
      days ? Promise.all(days.map(countDay)) : null,
    ]);
    // One organisation asked for: its counts are the overall ones.
    const scope = query.organizationId === undefined ? known : [named(query.organizationId, known, total.jobs[0])];
    const organizations = await Promise.all(
      scope.map(async (organization) => {
        const [counts, success] = await Promise.all([
          query.organizationId ? overall : countsFor(organization.id),
          lastSuccess(organization.id),
        ]);
        return organizationSummary(organization, counts, success, nowMs, deps.rpoHours);
      }),
    );
    const accounted = organizations.reduce((sum, o) => sum + STATUS_NAMES.reduce((s, name) => s + o.byStatus[name], 0), 0);
    const overallKnown = STATUS_NAMES.reduce((s, name) => s + overall.byStatus[name], 0);
    return {
      query,
      asOf: new Date(nowMs).toISOString(),
      rpoHours: deps.rpoHours,
      totalCount: total.totalCount,
      byStatus: overall.byStatus,
      organizations: organizations.sort(byAttention),
      otherOrganizationsCount: Math.max(0, overallKnown - accounted),
      successRate: successRateOf(overall.byStatus),
      previous: {
        startTime: before.startTime,
        endTime: before.endTime,
        totalCount: previousTotal.totalCount,
        byStatus: previous.byStatus,
        successRate: successRateOf(previous.byStatus),
      },
      daily,
      timeZone,
      worstRecord: worstRecordOf(organizations),
    };
  };

  return {
    summarize(query, options) {
      const nowMs = deps.now().getTime();
      const timeZone = options?.timeZone ?? 'UTC';
      // Rolling ranges move every millisecond: within one minute they count as the same filter.
      const key = JSON.stringify([query.type, query.organizationId, minute(query.startTime), minute(query.endTime), timeZone]);
      const hit = cache.get(key);
      if (hit && nowMs - hit.at < SUMMARY_CACHE_MS) return hit.summary;
      const summary = compute(query, nowMs, timeZone, options?.signal);
      remember(cache, key, { at: nowMs, summary });
      // A failed summary is not reused: the next ask tries again.
      summary.catch(() => cache.get(key)?.summary === summary && cache.delete(key));
      return summary;
    },
  };
}

/** One organisation asked for by id: its directory name, else the name its jobs carry, else the id. */
const named = (id: string, known: Organization[], anyJob: Job | undefined): Organization =>
  known.find((o) => o.id === id) ?? { id, name: anyJob?.organizationName ?? id };

const minute = (iso: string) => Math.floor(Date.parse(iso) / MINUTE_MS);

function remember<V>(cache: Map<string, V>, key: string, value: V): void {
  cache.delete(key);
  cache.set(key, value);
  // Maps iterate in insertion order: the first key is the oldest.
  if (cache.size > SUMMARY_CACHE_ENTRIES) cache.delete(cache.keys().next().value!);
}

function organizationSummary(
  organization: Organization,
  counts: { byStatus: StatusCounts; newestFailed?: Job },
  success: Job | undefined,
  nowMs: number,
  rpoHours: number,
): OrganizationSummary {
  const finished = success?.finishTime ?? null;
  const hours = finished === null ? null : Math.max(0, Math.round(((nowMs - Date.parse(finished)) / HOUR_MS) * 10) / 10);
  return {
    organizationId: organization.id,
    organizationName: organization.name,
    byStatus: counts.byStatus,
    successRate: successRateOf(counts.byStatus),
    lastSuccessfulBackup: finished,
    hoursSinceSuccessfulBackup: hours,
    stale: hours === null || hours > rpoHours,
    lastFailure: counts.newestFailed ? { jobId: counts.newestFailed.jobId, startTime: counts.newestFailed.startTime } : null,
  };
}

/** What needs attention first: failures, then stale organisations, then by name. */
function byAttention(a: OrganizationSummary, b: OrganizationSummary): number {
  return b.byStatus.failed - a.byStatus.failed || Number(b.stale) - Number(a.stale) || a.organizationName.localeCompare(b.organizationName);
}
