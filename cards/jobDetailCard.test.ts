import type { Job } from '../jobs/model';
import { jobDetailCard as renderJobDetailCard } from './index';
import { validated } from '../test/cards/cardRules';
import { fixtureJob, fixtureQuery } from '../fixtures/jobs';
import { executeActions, objectsIn, textRunsIn, textsIn } from '../test/cards/walkCard';

const jobDetailCard = validated(renderJobDetailCard);

/** Facts are two-column rows: our title in a TextBlock, the value in a TextRun. */
const factsOf = (card: unknown): Record<string, string> =>
  Object.fromEntries(
    objectsIn(card)
      .filter((o) => o.type === 'ColumnSet' && (o.columns as unknown[]).length === 2)
      .map((row) => textsIn(row) as [string, string]),
  );

describe('job detail card', () => {
  const job = fixtureJob(0, {
    startTime: '2026-11-28T13:02:05.000Z',
    finishTime: '2026-11-28T14:32:05.000Z',
    durationHours: 1.5,
    backupSize: 1536 * 1024 ** 2,
    successfulRecord: 12_345,
  });

  test('is a valid card with the facts of the job in the user zone', () => {
    const card = jobDetailCard({ job, timeZone: 'Europe/Amsterdam' });
    expect(factsOf(card)).toEqual({
      Status: 'Failed',
      Type: 'Backup',
      Module: 'Customer Engagement',
      Started: 'Sat 28 Nov 2026, 14:02:05',
      Finished: 'Sat 28 Nov 2026, 15:32:05',
      'Time zone': 'Europe/Amsterdam',
      Duration: '1 h 30 min',
      Size: '1.5 GB',
      'Org id': job.organizationId,
      'Job id': job.jobId,
    });
    expect(textsIn(card).slice(0, 2)).toEqual(['❌ Failed · Backup', 'Contoso Pharmaceuticals International Holdings (EMEA) Ltd']);
  });

  test('shows entity and record counts by outcome', () => {
    const texts = textsIn(jobDetailCard({ job, timeZone: 'UTC' }));
    const column = (header: string) => texts.slice(texts.indexOf(header), texts.indexOf(header) + 6);
    expect(column('Outcome')).toEqual(['Outcome', 'Successful', 'Failed', 'Skipped', 'Warning', 'Total']);
    expect(column('Entities')).toEqual(['Entities', '40', '3', '0', '0', '45']);
    expect(column('Records')).toEqual(['Records', '12,345', '100', '0', '0', '1,000']);
  });

  test('a running job has no finish time yet', () => {
    const running = fixtureJob(1);
    expect(factsOf(jobDetailCard({ job: running, timeZone: 'UTC' })).Finished).toBe('not yet');
  });

  test('without back there are no actions', () => {
    expect(executeActions(jobDetailCard({ job, timeZone: 'UTC' }))).toEqual([]);
  });

  test('with back it has one "Back to list" page action for that list, in the list\'s own zone', () => {
    const query = fixtureQuery({ page: 3 });
    const card = jobDetailCard({ job, timeZone: 'Asia/Tokyo', back: { query, reading: 'failed backups today', timeZone: 'Europe/Paris' } });
    const actions = executeActions(card);
    expect(actions.map((a) => [a.title, a.verb])).toEqual([['◀ Back to list', 'page']]);
    expect(actions[0]?.data).toEqual({ verb: 'page', query, reading: 'failed backups today', timeZone: 'Europe/Paris' });
  });

  test('nulls in every field do not throw', () => {
    const empty = Object.fromEntries(Object.keys(job).map((key) => [key, null])) as unknown as Job;
    const card = jobDetailCard({ job: empty, timeZone: 'UTC' });
    expect(factsOf(card)).toMatchObject({ Status: 'Status unknown', Started: '—', Finished: 'not yet', Size: '—', 'Job id': '—' });
  });

  test('upstream names and ids are shown literally in TextRuns (no markdown)', () => {
    const job = fixtureJob(2);
    const runs = textRunsIn(jobDetailCard({ job, timeZone: 'UTC' }));
    expect(runs[0]).toBe('Northwind_Traders *Wholesale* [Production] Dynamics 365 Tenant');
    expect(runs).toEqual(expect.arrayContaining([job.module, job.organizationId, job.jobId]));
  });
});
