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
    ['two whole past days', '2026-11-23T00:00:00.000Z', '2026-11-25T00:00:00.000Z', 'UTC', 'from Mon 23 Nov to Wed 25 Nov'],
  ])('%s', (_, start, end, zone, phrase) => {
    expect(rangePhrase(start, end, NOW, zone)).toBe(phrase);
  });

  test('an invalid zone is read as UTC', () => {
    expect(rangePhrase('2026-12-01T07:00:00.000Z', '2026-12-01T12:00:00.000Z', NOW, 'Mars/Olympus')).toBe('since today 07:00');
  });
});
