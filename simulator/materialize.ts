import { JobStatus } from '../jobs/enums';
import type { Job } from '../jobs/model';
import type { PlannedJob } from './dataGenerator';

const hours = (ms: number) => Math.round((ms / 3_600_000) * 100) / 100;

/** The job, started by `nowMs`, as the API shows it then: in progress (2, no finishTime) until it finishes. */
export function materialize(planned: PlannedJob, nowMs: number): Job {
  const finishMs = planned.startMs + planned.durationMs;
  const running = finishMs > nowMs;
  const done = running ? (nowMs - planned.startMs) / planned.durationMs : 1;
  const failedEntity = running ? 0 : planned.failedEntity;
  const skippedEntity = running ? 0 : planned.skippedEntity;
  const warningEntity = running ? 0 : planned.warningEntity;
  const failedRecord = running ? 0 : planned.failedRecord;
  const skippedRecord = running ? 0 : planned.skippedRecord;
  const warningRecord = running ? 0 : planned.warningRecord;
  const processedEntity = Math.floor(planned.totalEntity * done);
  const processedRecord = Math.floor(planned.totalRecord * done);
  return {
    module: planned.module.name,
    type: planned.type,
    jobId: planned.jobId,
    startTime: new Date(planned.startMs).toISOString(),
    finishTime: running ? null : new Date(finishMs).toISOString(),
    durationHours: hours(running ? nowMs - planned.startMs : planned.durationMs),
    status: running ? JobStatus.inProgress : planned.outcome,
    successfulEntity: processedEntity - failedEntity - skippedEntity - warningEntity,
    failedEntity,
    skippedEntity,
    warningEntity,
    totalEntity: planned.totalEntity,
    successfulRecord: processedRecord - failedRecord - skippedRecord - warningRecord,
    failedRecord,
    skippedRecord,
    warningRecord,
    totalRecord: planned.totalRecord,
    backupSize: Math.floor(planned.backupSize * done),
    organizationId: planned.organization.id,
    organizationName: planned.organization.name,
  };
}
