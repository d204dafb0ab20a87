import { counts, organization, summaryOf } from '../test/support/summaryFixture';
import { JobStatus } from './enums';
import { countSentence, summaryAnswer } from './summaryAnswer';

const RANGE = 'since yesterday 18:00';
const healthy = summaryOf([organization('Contoso', counts(0, 30)), organization('Fabrikam', counts(0, 22))]);
const failing = summaryOf([
  organization('Contoso', counts(2, 28)),
  organization('Fabrikam', counts(1, 21)),
  organization('Wingtip', counts(0, 0)),
]);
const succeed = { kind: 'all' as const, statuses: [JobStatus.finished] };
const fail = { kind: 'any' as const, statuses: [JobStatus.failed] };

describe('the answer a summary leads with', () => {
  test.each([
    ['yes/no "did … succeed?", all finished', healthy, succeed, 'Yes: all 52 backups since yesterday 18:00 finished.'],
    ['yes/no "did … succeed?", some failed', failing, succeed, 'No: 3 of 52 failed, Contoso 2 and Fabrikam 1.'],
    ['yes/no "did … fail?", some failed', failing, fail, 'Yes: 3 of 52 failed, Contoso 2 and Fabrikam 1.'],
    ['yes/no "did … fail?", none failed', healthy, fail, 'No: none of the 52 backups since yesterday 18:00 failed.'],
    ['overview, all finished', healthy, undefined, 'All 52 backups since yesterday 18:00 finished.'],
    ['overview, failures', failing, undefined, '3 of 52 backups since yesterday 18:00 failed: Contoso 2 and Fabrikam 1.'],
    ['count of failures', failing, { kind: 'count' as const, statuses: [JobStatus.failed] }, '3 backups failed since yesterday 18:00.'],
    ['count of everything', healthy, { kind: 'count' as const, statuses: [] }, '52 backups ran since yesterday 18:00.'],
  ])('%s', (_, summary, question, answer) => {
    expect(summaryAnswer(summary, RANGE, question)).toBe(answer);
  });

  test('warnings and running jobs are not a plain yes', () => {
    expect(summaryAnswer(summaryOf([organization('Contoso', counts(0, 10, 2))]), RANGE, succeed)).toBe(
      'Not quite: 2 of 12 backups since yesterday 18:00 finished with exceptions.',
    );
    expect(summaryAnswer(summaryOf([organization('Contoso', counts(0, 10, 0, 3))]), RANGE, succeed)).toBe(
      'Not yet: 3 of 13 backups since yesterday 18:00 are still running.',
    );
  });

  test('"any" answers Yes when one job has a status asked about, "all" when every job has one', () => {
    const running = summaryOf([organization('Contoso', counts(1, 10, 2, 3))]);
    expect(summaryAnswer(running, RANGE, { kind: 'any', statuses: [JobStatus.inProgress] })).toBe(
      'Yes: 3 of 16 backups since yesterday 18:00 are still running.',
    );
    expect(summaryAnswer(healthy, RANGE, { kind: 'any', statuses: [JobStatus.inProgress] })).toBe(
      'No: none of the 52 backups since yesterday 18:00 are still running.',
    );
    expect(summaryAnswer(running, RANGE, { kind: 'any', statuses: [JobStatus.failed, JobStatus.finishedWithException] })).toBe(
      'Yes: 3 of 16 backups since yesterday 18:00 failed or finished with exceptions: Contoso 1.',
    );
    expect(summaryAnswer(running, RANGE, { kind: 'all', statuses: [JobStatus.failed] })).toBe(
      'No: 1 of 16 backups since yesterday 18:00 failed.',
    );
  });

  test('the success rate, the worst record and the trend are answered from the figures, never as another question', () => {
    const rated = { ...failing, successRate: 49 / 52, previous: { ...failing.previous, successRate: 0.9, byStatus: counts(5, 45) } };
    expect(summaryAnswer(rated, RANGE, { kind: 'rate', statuses: [] })).toMatch(/^Success rate 94\.2% of 52 jobs that ended/);
    expect(summaryAnswer(rated, RANGE, { kind: 'trend', statuses: [] })).toMatch(/^3 failed: 2 fewer than in /);
    expect(summaryAnswer(summaryOf([]), RANGE, { kind: 'rate', statuses: [] })).toBe('No backups ran since yesterday 18:00.');
  });

  test('the worst record also names the organisation with the most failures when that is another one', () => {
    // Wingtip's rate is lowest (3 of 6 ended cleanly), Contoso failed more often (5 of 50).
    const twoWorsts = summaryOf([organization('Contoso', counts(5, 45)), organization('Wingtip', counts(3, 3))]);
    expect(summaryAnswer(twoWorsts, RANGE, { kind: 'worst', statuses: [] })).toMatch(
      /^Worst record: Wingtip, 50(\.0)?% finished cleanly .* Most failures: Contoso, 5\.$/,
    );
    expect(summaryAnswer(failing, RANGE, { kind: 'worst', statuses: [] })).not.toContain('Most failures');
  });

  test('nothing ran is said as such, not as success', () => {
    expect(summaryAnswer(summaryOf([]), RANGE, succeed)).toBe('No backups ran since yesterday 18:00.');
  });

  test('organisations without a backup within the RPO are named after the answer', () => {
    const stale = summaryOf([
      organization('Contoso', counts(0, 5)),
      organization('Wingtip', counts(), { stale: true, lastSuccessfulBackup: null, hoursSinceSuccessfulBackup: null }),
    ]);
    expect(summaryAnswer(stale, RANGE)).toBe(
      'All 5 backups since yesterday 18:00 finished. No successful backup within 24 hours for Wingtip.',
    );
  });

  test('more than three failing organisations end in "and N more"', () => {
    const many = summaryOf(['A', 'B', 'C', 'D', 'E'].map((name, i) => organization(name, counts(5 - i, 1))));
    expect(summaryAnswer(many, RANGE)).toBe('15 of 20 backups since yesterday 18:00 failed: A 5, B 4, C 3 and 2 more.');
  });

  test('"no failures?" is answered with the facts, without a Yes or No that reads both ways', () => {
    const none = { kind: 'none' as const, statuses: [JobStatus.failed] };
    expect(summaryAnswer(failing, RANGE, none)).toBe('3 of 52 backups since yesterday 18:00 failed: Contoso 2 and Fabrikam 1.');
    expect(summaryAnswer(healthy, RANGE, none)).toBe('None of the 52 backups since yesterday 18:00 failed.');
    expect(summaryAnswer(healthy, RANGE, { kind: 'none', statuses: [] })).toBe('52 backups ran since yesterday 18:00.');
    expect(summaryAnswer(summaryOf([]), RANGE, none)).toBe('No backups ran since yesterday 18:00.');
  });

  test('"which organisations had no backup?" names those without one, also when nothing ran at all', () => {
    const missing = { kind: 'missing' as const, statuses: [] };
    expect(summaryAnswer(failing, RANGE, missing)).toBe('1 of 3 organisations had no backups since yesterday 18:00: Wingtip.');
    expect(summaryAnswer(healthy, RANGE, missing)).toBe('Every organisation had backups since yesterday 18:00.');
    const idle = summaryOf(['A', 'B', 'C', 'D', 'E'].map((name) => organization(name, counts())));
    expect(summaryAnswer(idle, RANGE, missing)).toBe('5 of 5 organisations had no backups since yesterday 18:00: A, B, C and 2 more.');
    expect(summaryAnswer(failing, RANGE, { kind: 'missing', statuses: [JobStatus.failed] })).toBe(
      '1 of 3 organisations had no backups that failed since yesterday 18:00: Wingtip.',
    );
    expect(summaryAnswer(summaryOf([organization('Contoso', counts())]), RANGE, missing)).toBe(
      'Contoso had no backups since yesterday 18:00.',
    );
    expect(summaryAnswer(summaryOf([]), RANGE, missing)).toBe('No organisation is known yet, so none can be named.');
  });

  test('a count of one is singular', () => {
    expect(countSentence(1, 2, [JobStatus.failed], 'today')).toBe('1 restore failed today.');
  });
});
