import { MAX_TREND_DAYS, summaryDays } from './summaryDays';

describe('the days of a summary range', () => {
  test('are calendar days in the zone, the first and last cut to the range', () => {
    const days = summaryDays('2026-11-25T12:00:00.000Z', '2026-11-28T12:00:00.000Z', 'Europe/Berlin');
    expect(days).toEqual([
      { day: '2026-11-25', startTime: '2026-11-25T12:00:00.000Z', endTime: '2026-11-25T23:00:00.000Z' },
      { day: '2026-11-26', startTime: '2026-11-25T23:00:00.000Z', endTime: '2026-11-26T23:00:00.000Z' },
      { day: '2026-11-27', startTime: '2026-11-26T23:00:00.000Z', endTime: '2026-11-27T23:00:00.000Z' },
      { day: '2026-11-28', startTime: '2026-11-27T23:00:00.000Z', endTime: '2026-11-28T12:00:00.000Z' },
    ]);
  });

  test('follow daylight saving: the day clocks go back has 25 hours', () => {
    const days = summaryDays('2026-10-24T00:00:00.000Z', '2026-10-27T00:00:00.000Z', 'Europe/Berlin')!;
    const sunday = days.find((d) => d.day === '2026-10-25')!;
    expect(Date.parse(sunday.endTime) - Date.parse(sunday.startTime)).toBe(25 * 3_600_000);
  });

  test('a range ending at midnight does not touch the next day', () => {
    expect(summaryDays('2026-11-25T00:00:00.000Z', '2026-11-28T00:00:00.000Z', 'UTC')?.map((d) => d.day)).toEqual([
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
    ]);
  });

  test.each([
    ['two days', '2026-11-26T00:00:00.000Z', '2026-11-28T00:00:00.000Z'],
    ['the last 24 hours', '2026-11-27T12:00:00.000Z', '2026-11-28T12:00:00.000Z'],
    [`more than ${MAX_TREND_DAYS} days`, '2026-10-01T00:00:00.000Z', '2026-11-02T00:00:00.000Z'],
  ])('%s have no trend', (_, start, end) => {
    expect(summaryDays(start, end, 'UTC')).toBeUndefined();
  });

  test(`${MAX_TREND_DAYS} days (a long month) still do`, () => {
    expect(summaryDays('2026-10-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z', 'UTC')).toHaveLength(MAX_TREND_DAYS);
  });
});
