import { JobStatus, JobType } from '../../jobs/enums';
import type { Job, JobQuery, JobsPage } from '../../jobs/model';

/** Long, realistic organisation names, one with markdown characters in it. */
export const ORGANIZATIONS = [
  { id: '3f6c1e2a-7b4d-4c8e-9a1f-2b3c4d5e6f70', name: 'Contoso Pharmaceuticals International Holdings (EMEA) Ltd' },
  { id: '8a9b0c1d-2e3f-4a5b-8c7d-9e0f1a2b3c4d', name: 'Fabrikam Financial Services & Insurance Group North America' },
  { id: 'c4d5e6f7-0819-4a2b-bc3d-4e5f60718293', name: 'Northwind_Traders *Wholesale* [Production] Dynamics 365 Tenant' },
];

const STATUSES = [JobStatus.failed, JobStatus.inProgress, JobStatus.finishedWithException, JobStatus.finished] as const;
const TYPES = [JobType.backup, JobType.restore, JobType.dryRun, JobType.retention, JobType.auditBackup, JobType.export] as const;
const MODULES = ['Customer Engagement', 'Finance and Operations', 'Power Apps', 'Dataverse'];

/** A deterministic, realistic job; `i` varies status, type, organisation and numbers. */
export function fixtureJob(i: number, overrides: Partial<Job> = {}): Job {
  const organization = ORGANIZATIONS[i % ORGANIZATIONS.length]!;
  const status = STATUSES[i % STATUSES.length]!;
  const start = Date.parse('2026-11-27T22:30:00Z') - i * 37 * 60_000;
  const durationHours = 0.25 + (i % 7) * 1.3;
  const total = 1_000 + i * 7_919;
  const failed = status === JobStatus.failed ? Math.floor(total / 10) : 0;
  return {
    module: MODULES[i % MODULES.length]!,
    type: TYPES[i % TYPES.length]!,
    // AvePoint's layout: type prefix, start time yyyyMMddHHmmss (UTC), 8 digits.
    jobId: `DCI${'BRDTAE'[i % TYPES.length]}${new Date(start).toISOString().replace(/\D/g, '').slice(0, 14)}${String(31_000_000 + i)}`,
    startTime: new Date(start).toISOString(),
    finishTime: status === JobStatus.inProgress ? null : new Date(start + durationHours * 3_600_000).toISOString(),
    durationHours,
    status,
    successfulEntity: 40 - (i % 5),
    failedEntity: failed > 0 ? 3 : 0,
    skippedEntity: i % 3,
    warningEntity: status === JobStatus.finishedWithException ? 2 : 0,
    totalEntity: 45,
    successfulRecord: total - failed,
    failedRecord: failed,
    skippedRecord: 0,
    warningRecord: status === JobStatus.finishedWithException ? 12 : 0,
    totalRecord: total,
    backupSize: total * 48_311,
    organizationId: organization.id,
    organizationName: organization.name,
    ...overrides,
  };
}

/** A realistic, fairly long query: two statuses, an organisation, millisecond timestamps. */
export function fixtureQuery(overrides: Partial<JobQuery> = {}): JobQuery {
  return {
    page: 1,
    pageSize: 10,
    type: JobType.backup,
    startTime: '2026-11-21T23:00:00.000Z',
    endTime: '2026-11-28T15:45:12.345Z',
    statuses: [JobStatus.failed, JobStatus.finishedWithException],
    organizationId: ORGANIZATIONS[0]!.id,
    ...overrides,
  };
}

/** A page of `rows` fixture jobs for `query`, out of `totalCount`. */
export function fixturePage(query: JobQuery, rows: number, totalCount: number): JobsPage {
  return {
    totalCount,
    pageIndex: query.page,
    pageSize: query.pageSize,
    nextLink: null,
    jobs: Array.from({ length: rows }, (_, i) => fixtureJob((query.page - 1) * query.pageSize + i)),
  };
}

/** A long but plausible reading, as the understanding module would echo it. */
export const LONG_READING =
  'failed or finished-with-exception backups for Contoso Pharmaceuticals International Holdings (EMEA) Ltd, since Monday 23 Nov';
