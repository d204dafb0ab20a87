import { testJob } from '../test/support/testJob';
import { latestAnswer, whenAnswer } from './whenAnswer';
import type { JobQuery } from './model';

const at = { now: new Date('2026-12-06T15:00:00Z'), timeZone: 'Europe/Berlin' };
const query: JobQuery = {
  page: 1,
  pageSize: 1,
  type: 1,
  startTime: '2026-11-06T15:00:00.000Z',
  endTime: '2026-12-06T15:00:00.000Z',
  statuses: [3],
};

describe('answers from the newest matching job', () => {
  test('"when" says the time the newest job finished, in the zone of the user', () => {
    const job = testJob({ status: 3, startTime: '2026-12-06T01:00:00Z', finishTime: '2026-12-06T01:14:00Z' });
    expect(whenAnswer(job, query, at, 'Northwind Traders')).toBe(
      'The last finished backup of Northwind Traders finished today 02:14 (Europe/Berlin).',
    );
    expect(whenAnswer(undefined, query, at)).toBe('No finished backup in the last 30 days.');
  });

  test('"was the last … ok?" is Yes only when the newest job has a status asked about', () => {
    const failed = testJob({ status: 4, organizationName: 'Contoso', startTime: '2026-12-06T01:00:00Z' });
    expect(latestAnswer(failed, [3], { ...query, statuses: [] }, at)).toBe(
      "No: the last backup, Contoso's, started today 02:00 (Europe/Berlin) and is failed.",
    );
    expect(latestAnswer(failed, [4], { ...query, statuses: [] }, at)).toMatch(/^Yes: /);
    expect(latestAnswer(failed, [3], { ...query, statuses: [] }, at, 'Contoso')).toBe(
      'No: the last backup of Contoso started today 02:00 (Europe/Berlin) and is failed.',
    );
  });
});
