import { JobStatus, JobType, type JobStatusValue } from '../jobs/enums';
import { chance, createRandom, intBetween, seedFrom, type Random } from './prng';
import { formatJobId } from './jobIds';
import type { Module, SimOrganization } from './organizations';

export const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/** A job as planned for one day, before `now` decides whether it is finished, running or not yet started. */
export interface PlannedJob {
  jobId: string;
  type: number;
  module: Module;
  startMs: number;
  durationMs: number;
  /** Final status: finished, failed or finished with exception. */
  outcome: Exclude<JobStatusValue, typeof JobStatus.inProgress>;
  totalEntity: number;
  failedEntity: number;
  skippedEntity: number;
  warningEntity: number;
  totalRecord: number;
  failedRecord: number;
  skippedRecord: number;
  warningRecord: number;
  backupSize: number;
  organization: SimOrganization;
}

/** Type and how many a day: backups come from each module's schedule, the rest from these odds. */
const OCCASIONAL_TYPES: ReadonlyArray<{ type: number; min: number; max: number }> = [
  { type: JobType.restore, min: 0, max: 2 },
  { type: JobType.dryRun, min: 0, max: 1 },
  { type: JobType.retention, min: 1, max: 1 },
  { type: JobType.auditBackup, min: 1, max: 2 },
  { type: JobType.export, min: 0, max: 1 },
];

/**
 * Every job of one organisation starting on one UTC day, oldest first. Pure: the same
 * (seed, day, organisation) always yields the same jobs, whatever `now` is.
 */
export function planDay(seed: number, dayIndex: number, organization: SimOrganization): PlannedJob[] {
  const random = createRandom(seedFrom(seed, dayIndex, organization.id));
  const dayStart = dayIndex * DAY_MS;
  const jobs: PlannedJob[] = [];
  for (const { module, backupEveryHours, entities } of organization.modules) {
    const offset = intBetween(random, 0, backupEveryHours * 60 - 1) * MINUTE_MS;
    for (let start = dayStart + offset; start < dayStart + DAY_MS; start += backupEveryHours * 3_600_000) {
      const jitter = intBetween(random, 0, 9) * MINUTE_MS + intBetween(random, 0, 59) * 1000;
      jobs.push(planJob(random, JobType.backup, module, start + jitter, entities, organization));
    }
  }
  for (const { type, min, max } of OCCASIONAL_TYPES) {
    const count = type === JobType.export || type === JobType.dryRun ? (chance(random, 0.3) ? max : min) : intBetween(random, min, max);
    for (let i = 0; i < count; i += 1) {
      const { module, entities } = organization.modules[intBetween(random, 0, organization.modules.length - 1)]!;
      const start = dayStart + intBetween(random, 0, DAY_MS / 1000 - 1) * 1000;
      const scope = type === JobType.restore || type === JobType.export ? Math.max(1, Math.round(entities * random() * 0.1)) : entities;
      jobs.push(planJob(random, type, module, start, scope, organization));
    }
  }
  return jobs.filter((job) => job.startMs < dayStart + DAY_MS).sort((a, b) => a.startMs - b.startMs);
}

function planJob(
  random: Random,
  type: number,
  module: Module,
  startMs: number,
  entities: number,
  organization: SimOrganization,
): PlannedJob {
  const roll = random();
  const outcome: PlannedJob['outcome'] =
    roll < 0.04 ? JobStatus.failed : roll < 0.12 ? JobStatus.finishedWithException : JobStatus.finished;
  const totalEntity = Math.max(1, Math.round(entities * (0.9 + random() * 0.2)));
  const totalRecord = Math.round(totalEntity * organization.recordsPerEntity * (0.5 + random()));
  const failedEntity = outcome === JobStatus.failed ? intBetween(random, 1, Math.max(1, Math.round(totalEntity * 0.3))) : 0;
  const warningEntity =
    outcome === JobStatus.finishedWithException ? intBetween(random, 1, Math.max(1, Math.round(totalEntity * 0.05))) : 0;
  const skippedEntity = outcome === JobStatus.finishedWithException ? Math.min(intBetween(random, 0, 3), totalEntity - warningEntity) : 0;
  const share = (entityCount: number) => Math.floor((totalRecord * entityCount) / totalEntity);
  const durationMs = Math.round((5 + (totalRecord / 1_000_000) * (10 + random() * 20)) * 60) * 1000;
  const bytesPerRecord =
    type === JobType.backup || type === JobType.auditBackup
      ? 1_200 + intBetween(random, 0, 1_600)
      : type === JobType.restore || type === JobType.export
        ? 900
        : 0;
  return {
    jobId: formatJobId(type, new Date(startMs), intBetween(random, 0, 99_999_999)),
    type,
    module,
    startMs,
    durationMs: type === JobType.retention || type === JobType.dryRun ? Math.round(durationMs / 4000) * 1000 : durationMs,
    outcome,
    totalEntity,
    failedEntity,
    skippedEntity,
    warningEntity,
    totalRecord,
    failedRecord: share(failedEntity),
    skippedRecord: share(skippedEntity),
    warningRecord: share(warningEntity),
    backupSize: totalRecord * bytesPerRecord,
    organization,
  };
}
