import { DateTime } from 'luxon';
import { instantOf, makeClock } from './clock';
import { readClockTime } from './clockTime';
import { readCount } from './count';
import { calendarDate } from './dates';
import { tokenize } from './tokenize';

const wall = (text: string) => Date.parse(`${text}:00.000Z`);
/** The wall-clock time `text` as the reader holds it. */
const at = (text: string) => DateTime.fromMillis(wall(text), { zone: 'utc' });

describe('readClockTime reads a time of day, and refuses what no clock shows', () => {
  test.each([
    ['7am', 7 * 60],
    ['7 am', 7 * 60],
    ['12am', 0],
    ['12pm', 12 * 60],
    ['7:30pm', 19 * 60 + 30],
    ['18:30', 18 * 60 + 30],
    ['noon', 12 * 60],
    ['midnight', 0],
    ['24:00', 24 * 60],
  ])('%s', (text, minutes) => {
    expect(readClockTime(tokenize(text), 0)?.minutes).toBe(minutes);
  });

  test.each(['13pm', '0am', '24:30', '7:75', '25:00', '7'])('%s is no clock time', (text) => {
    expect(readClockTime(tokenize(text), 0)).toBeUndefined();
  });

  test('a bare hour only where the caller allows it ("between 9 and 17")', () => {
    expect(readClockTime(tokenize('9'), 0, true)?.minutes).toBe(9 * 60);
    expect(readClockTime(tokenize('25'), 0, true)).toBeUndefined();
  });
});

describe('readCount reads digits and number words', () => {
  test.each([
    ['3', 3],
    ['three', 3],
    ['twenty', 20],
    ['twenty-five', 25],
    ['a dozen', 12],
    ['fifty', 50],
    ['1000', 1000],
  ])('%s', (text, n) => {
    expect(readCount(tokenize(text), 0)?.n).toBe(n);
  });

  test.each(['a', '0', 'zero', 'twenty-ten', 'ten-twenty'])('%s is no count', (text) => {
    expect(readCount(tokenize(text), 0)).toBeUndefined();
  });
});

describe('wall-clock arithmetic follows the calendar', () => {
  test('a month on keeps the day within the month', () => {
    expect(at('2026-03-31T10:15').plus({ months: -1 }).toMillis()).toBe(wall('2026-02-28T10:15'));
    expect(at('2028-02-29T00:00').plus({ months: -12 }).toMillis()).toBe(wall('2027-02-28T00:00'));
    expect(at('2026-11-01T00:00').plus({ months: 2 }).toMillis()).toBe(wall('2027-01-01T00:00'));
  });

  test('weeks start on Monday', () => {
    expect(at('2026-11-29T23:59').weekday).toBe(7);
    expect(at('2026-11-29T23:59').startOf('week').toMillis()).toBe(wall('2026-11-23T00:00'));
  });

  test('dates that do not exist are refused, and so are years before 1000', () => {
    expect(calendarDate(2026, 4, 31)).toBeUndefined();
    expect(calendarDate(2026, 2, 29)).toBeUndefined();
    expect(calendarDate(99, 1, 1)).toBeUndefined();
    expect(calendarDate(2028, 2, 29)?.toMillis()).toBe(wall('2028-02-29T00:00'));
  });
});

describe('instantOf turns a wall-clock time into the instant, across DST changes', () => {
  const berlin = makeClock(new Date('2026-03-30T10:00:00.000Z'), 'Europe/Berlin');
  const newYork = makeClock(new Date('2026-11-03T15:00:00.000Z'), 'America/New_York');

  test('an ordinary time either side of a change', () => {
    expect(new Date(instantOf(berlin, at('2026-03-29T01:59'))).toISOString()).toBe('2026-03-29T00:59:00.000Z');
    expect(new Date(instantOf(berlin, at('2026-03-29T03:00'))).toISOString()).toBe('2026-03-29T01:00:00.000Z');
  });

  test('a time the clocks skipped moves forward by the gap', () => {
    expect(new Date(instantOf(berlin, at('2026-03-29T02:30'))).toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });

  test('a time the clocks showed twice is the first one', () => {
    expect(new Date(instantOf(newYork, at('2026-11-01T01:30'))).toISOString()).toBe('2026-11-01T05:30:00.000Z');
    expect(new Date(instantOf(newYork, at('2026-11-01T02:00'))).toISOString()).toBe('2026-11-01T07:00:00.000Z');
  });
});
