import { digestIsDue, lastDigestDue } from './digestDue';

describe('digest due times are local and DST-correct', () => {
  test.each([
    // Europe/Berlin leaves summer time on 2026-10-25: 08:00 is 06:00Z before, 07:00Z after.
    ['2026-10-24T09:00:00Z', '2026-10-24T06:00:00.000Z'],
    ['2026-10-25T09:00:00Z', '2026-10-25T07:00:00.000Z'],
    ['2026-10-25T06:30:00Z', '2026-10-24T06:00:00.000Z'],
    // Spring forward on 2026-03-29.
    ['2026-03-28T08:00:00Z', '2026-03-28T07:00:00.000Z'],
    ['2026-03-29T08:00:00Z', '2026-03-29T06:00:00.000Z'],
  ])('08:00 Europe/Berlin, at %s, was last due at %s', (now, due) => {
    expect(lastDigestDue('08:00', 'Europe/Berlin', new Date(now)).toISOString()).toBe(due);
  });

  test('once per day: due after the watermark, not again once the watermark is that due time', () => {
    const now = new Date('2026-10-25T07:05:00Z');
    const due = digestIsDue('08:00', 'Europe/Berlin', '2026-10-24T06:00:00.000Z', now);
    expect(due?.toISOString()).toBe('2026-10-25T07:00:00.000Z');
    expect(digestIsDue('08:00', 'Europe/Berlin', due!.toISOString(), now)).toBeUndefined();
  });

  test("a subscription made after today's time waits for tomorrow", () => {
    expect(digestIsDue('07:30', 'America/New_York', '2026-11-28T13:00:00.000Z', new Date('2026-11-28T13:05:00Z'))).toBeUndefined();
  });
});
