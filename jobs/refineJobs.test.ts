import { testJob } from '../test/support/testJob';
import type { Job } from './model';
import type { Refinement } from './Refinement';
import { isRefining, refineJobs } from './refineJobs';

const CONTOSO = '6f1c2a4e-3b5d-4e8f-9a10-2b3c4d5e6f70';
const FABRIKAM = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const GB = 1024 ** 3;

/** Five jobs an hour apart (a newest), each different in every refined field. */
const at = (hour: number, over: Partial<Job>) =>
  testJob({ jobId: `J${hour}`, startTime: `2026-11-28T${String(hour).padStart(2, '0')}:00:00.000Z`, ...over });
const JOBS: Job[] = [
  at(14, {
    organizationId: CONTOSO,
    type: 1,
    module: 'Customer Engagement',
    backupSize: 12 * GB,
    durationHours: 2,
    failedRecord: 0,
    skippedRecord: 3,
  }),
  at(13, {
    organizationId: FABRIKAM.toUpperCase(),
    type: 2,
    module: 'Dataverse',
    backupSize: 1 * GB,
    durationHours: 0.25,
    failedRecord: 9,
  }),
  at(12, { organizationId: FABRIKAM, type: 1, module: 'customer engagement ', backupSize: 30 * GB, durationHours: 5, failedRecord: 2 }),
  at(11, { organizationId: CONTOSO, type: 32, module: 'Power Apps', backupSize: 0, durationHours: 0, failedRecord: 0, skippedRecord: 1 }),
  at(10, { organizationId: FABRIKAM, type: 1, module: 'Finance and Operations', backupSize: 10 * GB, durationHours: 1, failedRecord: 2 }),
];
const ids = (jobs: Job[]) => jobs.map((job) => job.jobId);

describe('refineJobs', () => {
  test.each<[string, Refinement, string[]]>([
    ['nothing asked: every job, newest first', {}, ['J14', 'J13', 'J12', 'J11', 'J10']],
    ['an organisation left out, in any case', { excludeOrganizationIds: [FABRIKAM] }, ['J14', 'J11']],
    ['types left out', { excludeTypes: [2, 32] }, ['J14', 'J12', 'J10']],
    ['modules in any case and spacing, any of them', { modules: ['Customer Engagement', 'POWER APPS'] }, ['J14', 'J12', 'J11']],
    ['at least a size, inclusive', { minSize: 10 * GB }, ['J14', 'J12', 'J10']],
    ['at most a size, inclusive', { maxSize: 1 * GB }, ['J13', 'J11']],
    ['a size between', { minSize: 1 * GB, maxSize: 12 * GB }, ['J14', 'J13', 'J10']],
    ['longer than', { minDurationHours: 2 }, ['J14', 'J12']],
    ['shorter than', { maxDurationHours: 0.25 }, ['J13', 'J11']],
    ['failed items', { minFailedItems: 2 }, ['J13', 'J12', 'J10']],
    ['skipped items', { minSkippedItems: 1 }, ['J14', 'J11']],
    ['oldest first', { sort: 'oldest' }, ['J10', 'J11', 'J12', 'J13', 'J14']],
    ['largest first', { sort: 'largest' }, ['J12', 'J14', 'J10', 'J13', 'J11']],
    ['smallest first', { sort: 'smallest' }, ['J11', 'J13', 'J10', 'J14', 'J12']],
    ['longest first', { sort: 'longest' }, ['J12', 'J14', 'J10', 'J13', 'J11']],
    ['shortest first', { sort: 'shortest' }, ['J11', 'J13', 'J10', 'J14', 'J12']],
    ['most failed first, ties newest first', { sort: 'mostFailed' }, ['J13', 'J12', 'J10', 'J14', 'J11']],
    ['newest first', { sort: 'newest' }, ['J14', 'J13', 'J12', 'J11', 'J10']],
    ['top N after the order', { sort: 'largest', limit: 2 }, ['J12', 'J14']],
    ['top N after the filter', { excludeOrganizationIds: [CONTOSO], limit: 2 }, ['J13', 'J12']],
    ['everything at once', { excludeTypes: [2], modules: ['customer engagement'], minSize: GB, sort: 'oldest', limit: 1 }, ['J12']],
    ['nothing passes', { minSize: 100 * GB }, []],
  ])('%s', (_, refine, expected) => {
    expect(ids(refineJobs(JOBS, refine))).toEqual(expected);
  });

  it('leaves its input as it was', () => {
    const input = [...JOBS];
    refineJobs(input, { sort: 'oldest', limit: 1 });
    expect(input).toEqual(JOBS);
  });
});

describe('isRefining', () => {
  test.each<[Refinement | undefined, boolean]>([
    [undefined, false],
    [{}, false],
    [{ excludeOrganizationIds: [], modules: [] }, false],
    [{ limit: undefined }, false],
    [{ modules: ['Dataverse'] }, true],
    [{ minFailedItems: 0 }, true],
    [{ sort: 'newest' }, true],
  ])('%j → %s', (refine, expected) => {
    expect(isRefining(refine)).toBe(expected);
  });
});
