import type { JobQuery } from '../model';
import { EXAMPLES, contextOf } from './examples';
import { describeQuery, understand } from './index';

const NOW = new Date('2026-11-25T15:30:00.000Z');
const base: JobQuery = {
  page: 1,
  pageSize: 10,
  type: 0,
  startTime: '2026-11-18T15:30:00.000Z',
  endTime: '2026-11-25T15:30:00.000Z',
  statuses: [],
};

describe('describeQuery names a query that did not come from a sentence', () => {
  test.each<[string, Partial<JobQuery>, string, string]>([
    ['the default window', {}, 'UTC', 'All jobs · last 7 days (UTC)'],
    ['a window of whole hours', { startTime: '2026-11-25T12:30:00.000Z' }, 'UTC', 'All jobs · last 3 hours (UTC)'],
    ['an odd window up to now', { startTime: '2026-11-25T10:15:00.000Z' }, 'UTC', 'All jobs · Wed 25 Nov 10:15–now (UTC)'],
    ['today in New York', { startTime: '2026-11-25T05:00:00.000Z' }, 'America/New_York', 'All jobs · today 00:00–now (America/New_York)'],
    ['yesterday in Kolkata', { startTime: '2026-11-23T18:30:00.000Z', endTime: '2026-11-24T18:30:00.000Z' }, 'Asia/Kolkata', 'All jobs · yesterday (Asia/Kolkata)'],
    ['a closed range of times', { startTime: '2026-11-20T08:00:00.000Z', endTime: '2026-11-20T09:30:00.000Z' }, 'UTC', 'All jobs · Fri 20 Nov 08:00 – Fri 20 Nov 09:30 (UTC)'],
    ['whole days of another year', { startTime: '2025-12-01T00:00:00.000Z', endTime: '2025-12-08T00:00:00.000Z' }, 'UTC', 'All jobs · Mon 1 Dec 2025 – Sun 7 Dec 2025 (UTC)'],
    ['statuses, type, organisation and paging', { statuses: [4, 7], type: 32, organizationId: 'abc', pageSize: 25, page: 2 }, 'UTC',
      'Failed or finished-with-exception export jobs · last 7 days (UTC) · org abc · 25 per page · page 2'],
    ['an invalid zone as UTC', { startTime: '2026-11-25T00:00:00.000Z' }, 'Nowhere/Land', 'All jobs · today 00:00–now (UTC)'],
  ])('%s', (_, fields, timeZone, reading) => {
    expect(describeQuery({ ...base, ...fields }, timeZone, NOW)).toBe(reading);
  });

  test('uses the organisation name when the caller knows it', () => {
    expect(describeQuery({ ...base, organizationId: 'abc' }, 'UTC', NOW, 'Contoso')).toBe('All jobs · last 7 days (UTC) · org Contoso');
  });

  test('gives the same line as understand for every example query without an organisation name', () => {
    for (const example of EXAMPLES) {
      const context = contextOf(example);
      const result = understand(example.sentence, context);
      if (result.intent !== 'query' || result.query.organizationId !== undefined || result.unknownOrganization) continue;
      if (result.timeZone !== context.timeZone) continue;
      expect([example.sentence, describeQuery(result.query, context.timeZone, context.now)]).toEqual([example.sentence, result.reading]);
    }
  });
});
