import { IANAZone } from 'luxon';
import { makeClock, wallOf } from './clock';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
const SIX_HOURS_MS = 6 * 3_600_000;
const NOW = Date.parse('2026-11-25T15:30:00.000Z');
/** DST in both hemispheres, half-hour changes (Lord Howe), Ramadan pauses (Casablanca), odd offsets, none at all. */
const ZONES = [
  'Europe/Berlin',
  'America/New_York',
  'Australia/Adelaide',
  'Asia/Kolkata',
  'Australia/Lord_Howe',
  'Africa/Casablanca',
  'America/Santiago',
  'Pacific/Chatham',
  'UTC',
  'Asia/Tehran',
  'America/St_Johns',
];

/** The user's UTC offset in minutes at an instant, as the clock reads it. */
const offsetOf = (clock: ReturnType<typeof makeClock>, ms: number) => (wallOf(clock, ms).toMillis() - ms) / MINUTE_MS;

describe('the clock reads a wall-clock time with the offsets Intl gives', () => {
  test.each(ZONES)('%s, every 6 hours from 1300 days back to 500 days ahead, each minute around a change', (zone) => {
    const clock = makeClock(new Date(NOW), zone);
    const intl = IANAZone.create(zone);
    const wrong: string[] = [];
    const check = (at: number) => {
      if (offsetOf(clock, at) !== intl.offset(at)) wrong.push(new Date(at).toISOString());
    };
    for (let ms = NOW - 1300 * DAY_MS; ms <= NOW + 500 * DAY_MS; ms += SIX_HOURS_MS) {
      check(ms);
      // Around a change, every minute: one placed a minute off shows here.
      if (intl.offset(ms) !== intl.offset(ms + SIX_HOURS_MS)) for (let at = ms; at <= ms + SIX_HOURS_MS; at += MINUTE_MS) check(at);
    }
    expect(wrong).toEqual([]);
  });

  test('a clock for a "now" 365 days earlier gives the same offsets', () => {
    makeClock(new Date(NOW), 'America/New_York');
    const earlier = NOW - 365 * DAY_MS;
    const clock = makeClock(new Date(earlier), 'America/New_York');
    const intl = IANAZone.create('America/New_York');
    for (let ms = earlier - 1000 * DAY_MS; ms <= earlier + 200 * DAY_MS; ms += SIX_HOURS_MS)
      expect(offsetOf(clock, ms)).toBe(intl.offset(ms));
  });

  test('changes at the exact minute: Berlin, 29 March 2026, 01:00 UTC', () => {
    const clock = makeClock(new Date(NOW), 'Europe/Berlin');
    const change = Date.parse('2026-03-29T01:00:00.000Z');
    expect([offsetOf(clock, change - 1), offsetOf(clock, change)]).toEqual([60, 120]);
  });
});
