import { makeClock } from './clock';
import { regionDayFirst, dateOrderOf } from './dateOrder';
import { MONTH_FIRST_ZONES } from './monthFirstZones';
import { readTimeRange } from './timeRange';
import { tokenize } from './tokenize';
import type { Token } from './types';

const clock = makeClock(new Date('2026-11-25T15:30:00.000Z'), 'Europe/Berlin');

describe('a time word the readers do not know is left for the caller to ask about', () => {
  test.each([
    ['fiscal year', 0],
    ['fiscal quarter', 0],
    ['last fiscal quarter', 0],
    ['lately', 0],
    ['a while', 0],
    ['in a while', 0],
    ['for a while', 0],
    ['the other day', 0],
    ['from 22 to 6', 0],
    ['between 22 and 9', 0],
    ['the 2nd job', 0],
    ['Q5', 0],
  ])('"%s" is not read at word %d', (sentence, i) => {
    expect(readTimeRange(tokenize(sentence), i, clock)).toBeUndefined();
  });
});

/** Tokens that record the furthest index any reader looked at. */
function watched(tokens: Token[]): { tokens: Token[]; furthest: () => number } {
  let furthest = -1;
  const proxy = new Proxy(tokens, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) furthest = Math.max(furthest, Number(key));
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { tokens: proxy, furthest: () => furthest };
}

describe('readTimeRange looks only a few words ahead, so a sentence is read in linear time', () => {
  test.each(['in', 'the', 'since', 'from', 'until', 'between', 'last', 'on', 'in the', 'since the', 'from 9 to', 'Q1 of'])(
    '"%s" repeated 5000 times',
    (words) => {
      const { tokens, furthest } = watched(tokenize(`${words} `.repeat(5000)));
      for (let i = 0; i < 40; i++) readTimeRange(tokens, i, clock);
      expect(furthest()).toBeLessThan(40 + 12);
    },
  );
});

describe('numeric dates follow the locale, else the convention of the zone’s country', () => {
  test.each([
    [undefined, 'Europe/Berlin', true, 'Europe/Berlin'],
    [undefined, 'Europe/London', true, 'Europe/London'],
    [undefined, 'Asia/Kolkata', true, 'Asia/Kolkata'],
    [undefined, 'Australia/Sydney', true, 'Australia/Sydney'],
    [undefined, 'America/New_York', false, 'America/New_York'],
    [undefined, 'America/Los_Angeles', false, 'America/Los_Angeles'],
    [undefined, 'Asia/Tokyo', false, 'Asia/Tokyo'],
    [undefined, 'UTC', false, 'the default'],
    ['en-GB', 'America/New_York', true, 'en-GB'],
    ['en-US', 'Europe/Berlin', false, 'en-US'],
    ['de', 'UTC', true, 'de'],
    ['es-419', 'Europe/Berlin', true, 'Europe/Berlin'],
    ['not a locale', 'America/Chicago', false, 'America/Chicago'],
  ])('locale %s in %s: day first %s, by %s', (locale, zone, dayFirst, by) => {
    expect(dateOrderOf(locale, zone)).toEqual({ dayFirst, by });
  });

  test('the month-first zones are exactly those of countries whose CLDR date puts the month first', () => {
    const countryOf = new Map<string, string>();
    for (let a = 65; a <= 90; a++) {
      for (let b = 65; b <= 90; b++) {
        const region = String.fromCharCode(a, b);
        const locale = new Intl.Locale(`und-${region}`) as Intl.Locale & { timeZones?: string[] };
        if (locale.region !== region) continue;
        for (const zone of locale.timeZones ?? []) countryOf.set(zone, region);
      }
    }
    const canonical = (zone: string) => new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
    const zones = [...Intl.supportedValuesOf('timeZone'), ...MONTH_FIRST_ZONES];
    const monthFirst = zones.filter((zone) => {
      const region = countryOf.get(canonical(zone)) ?? countryOf.get(zone);
      return region !== undefined && !regionDayFirst(region);
    });
    expect(new Set(monthFirst)).toEqual(MONTH_FIRST_ZONES);
  });
});
