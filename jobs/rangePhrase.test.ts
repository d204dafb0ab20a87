import { rangePhrase } from './rangePhrase';

const NOW = new Date('2026-12-01T12:00:00.000Z');

describe('a range in words', () => {
  test.each([
    ['the last 24 hours', '2026-11-30T12:00:00.000Z', '2026-12-01T12:00:00.000Z', 'UTC', 'in the last 24 hours'],
    ['the last 7 days', '2026-11-24T12:00:00.000Z', '2026-12-01T12:00:00.000Z', 'UTC', 'in the last 7 days'],
    ['the last hour', '2026-12-01T11:00:00.000Z', '2026-12-01T12:00:00.000Z', 'UTC', 'in the last hour'],
    [
      'since yesterday evening, in Berlin',
      '2026-11-30T17:00:00.000Z',
      '2026-12-01T12:00:00.000Z',
      'Europe/Berlin',
      'since yesterday 18:00',
    ],
    ['since this morning', '2026-12-01T07:00:00.000Z', '2026-12-01T12:00:00.000Z', 'UTC', 'since today 07:00'],
    [
      'two whole past days, the last one named',
      '2026-11-23T00:00:00.000Z',
      '2026-11-25T00:00:00.000Z',
      'UTC',
      'from Mon 23 Nov to Tue 24 Nov',
    ],
    ['a whole past month, ending yesterday', '2026-11-01T00:00:00.000Z', '2026-12-01T00:00:00.000Z', 'UTC', 'from Sun 1 Nov to yesterday'],
    ['yesterday, whole', '2026-11-30T00:00:00.000Z', '2026-12-01T00:00:00.000Z', 'UTC', 'yesterday'],
    ['one whole day, in Berlin', '2026-11-22T23:00:00.000Z', '2026-11-23T23:00:00.000Z', 'Europe/Berlin', 'on Mon 23 Nov'],
    // Santiago's clocks went from 00:00 to 01:00 on Sun 6 Sep 2026: that day starts at 01:00.
    ['a whole day that starts at 01:00', '2026-09-06T04:00:00.000Z', '2026-09-07T03:00:00.000Z', 'America/Santiago', 'on Sun 6 Sept'],
    [
      'a span that is not whole days',
      '2026-11-23T06:00:00.000Z',
      '2026-11-24T18:30:00.000Z',
      'UTC',
      'from Mon 23 Nov 06:00 to Tue 24 Nov 18:30',
    ],
  ])('%s', (_, start, end, zone, phrase) => {
    expect(rangePhrase(start, end, NOW, zone)).toBe(phrase);
  });

  test('an invalid zone is read as UTC', () => {
    expect(rangePhrase('2026-12-01T07:00:00.000Z', '2026-12-01T12:00:00.000Z', NOW, 'Mars/Olympus')).toBe('since today 07:00');
  });
});
