import type { Job } from '../../jobs/model';

/**
 * A failed backup job of Contoso with neutral numbers; tests set only the fields they are about.
 * (fixtures/jobs.ts has the varied, realistic jobs the card tests need.)
 */
export function testJob(overrides: Partial<Job> = {}): Job {
  return {
    module: 'Customer Engagement',
    type: 1,
    jobId: 'DCIB2026112812000000000000',
    startTime: '2026-11-28T12:00:00.000Z',
    finishTime: '2026-11-28T12:30:00.000Z',
    durationHours: 0.5,
    status: 4,
    successfulEntity: 0,
    failedEntity: 1,
    skippedEntity: 0,
    warningEntity: 0,
    totalEntity: 1,
    successfulRecord: 0,
    failedRecord: 1,
    skippedRecord: 0,
    warningRecord: 0,
    totalRecord: 1,
    backupSize: 0,
    organizationId: '6f1c2a4e-3b5d-4e8f-9a10-2b3c4d5e6f70',
    organizationName: 'Contoso',
    ...overrides,
  };
}
