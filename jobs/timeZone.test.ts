import { luxonZoneName } from './timeZone';

describe('luxonZoneName: only Intl canonical spellings reach luxon (its caches never forget a name)', () => {
  test.each([
    ['Europe/Berlin', 'Europe/Berlin'],
    ['UTC', 'UTC'],
    ['europe/berlin', 'Europe/Berlin'],
    ['EUROPE/BERLIN', 'Europe/Berlin'],
    ['utc', 'UTC'],
    ['Asia/Kolkata', 'Asia/Kolkata'],
  ])('%s → %s', (given, expected) => {
    expect(luxonZoneName(given)).toBe(expected);
  });

  test('a link Intl accepts is resolved to one canonical spelling, whatever its case', () => {
    const resolved = luxonZoneName('US/Eastern');
    expect(resolved).toBeDefined();
    expect(luxonZoneName('us/eastern')).toBe(resolved);
  });

  test.each(['Nowhere/City', 'UTC+5', '', ' ', 'Europe/Berlin; DROP', 'a'.repeat(200), '../etc/passwd', '+01:00'])(
    '%j is not a zone',
    (given) => {
      expect(luxonZoneName(given)).toBeUndefined();
    },
  );
});
