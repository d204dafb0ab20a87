import { DETAIL_TIME, ROW_TIME, formatCount, formatDuration, formatSize, formatTime, renderZone } from './format';

describe('formatSize', () => {
  test.each([
    [0, '0 B'],
    [1023, '1023 B'],
    [1024, '1 KB'],
    [1536, '1.5 KB'],
    [250 * 1024 ** 2, '250 MB'],
    [2.34 * 1024 ** 3, '2.3 GB'],
    [5 * 1024 ** 4, '5 TB'],
    [null, '—'],
    [-1, '—'],
    [Number.NaN, '—'],
  ])('%p bytes is %p', (bytes, expected) => {
    expect(formatSize(bytes)).toBe(expected);
  });
});

describe('formatDuration', () => {
  test.each([
    [0, '<1 min'],
    [0.005, '<1 min'],
    [0.75, '45 min'],
    [1.0833, '1 h 05 min'],
    [23.99, '23 h 59 min'],
    [51, '2 d 3 h'],
    [null, '—'],
    ['2', '—'],
  ])('%p hours is %p', (hours, expected) => {
    expect(formatDuration(hours)).toBe(expected);
  });
});

test('formatCount groups thousands and dashes the unknown', () => {
  expect([formatCount(1234567), formatCount(0), formatCount(null)]).toEqual(['1,234,567', '0', '—']);
});

describe('formatTime', () => {
  const instant = '2026-03-29T00:30:00.000Z';
  test.each([
    ['UTC', ROW_TIME, '29 Mar 00:30'],
    ['Europe/Amsterdam', ROW_TIME, '29 Mar 01:30'],
    // Same zone one hour later: daylight saving time has started.
    ['Europe/Amsterdam', DETAIL_TIME, 'Sun 29 Mar 2026, 01:30:00'],
    ['America/Los_Angeles', ROW_TIME, '28 Mar 17:30'],
    ['Not/AZone', ROW_TIME, '29 Mar 00:30'],
  ])('in %s with %s', (zone, pattern, expected) => {
    expect(formatTime(instant, zone, pattern)).toBe(expected);
  });

  test('after the change the offset is two hours', () => {
    expect(formatTime('2026-03-29T01:30:00.000Z', 'Europe/Amsterdam', ROW_TIME)).toBe('29 Mar 03:30');
  });

  test.each([null, undefined, 'yesterday', 17])('%p is a dash', (value) => {
    expect(formatTime(value, 'UTC', ROW_TIME)).toBe('—');
  });
});

test('renderZone keeps valid IANA zones and replaces others by UTC', () => {
  expect([renderZone('Asia/Kolkata'), renderZone('Nowhere/Land'), renderZone('')]).toEqual(['Asia/Kolkata', 'UTC', 'UTC']);
});
