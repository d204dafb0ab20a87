import { parseRetryAfter } from './parseRetryAfter';

const NOW = Date.parse('2026-11-28T12:00:00Z');

describe('parseRetryAfter', () => {
  it.each([
    { value: '0', seconds: 0 },
    { value: '7', seconds: 7 },
    { value: ' 12 ', seconds: 12 },
    { value: ['3', '9'], seconds: 3 },
    { value: 'Sat, 28 Nov 2026 12:00:05 GMT', seconds: 5 },
    { value: 'Sat, 28 Nov 2026 11:59:00 GMT', seconds: 0 },
    { value: undefined, seconds: undefined },
    { value: '', seconds: undefined },
    { value: '-1', seconds: undefined },
    { value: 'soon', seconds: undefined },
  ])('$value → $seconds', ({ value, seconds }) => {
    expect(parseRetryAfter(value, NOW)).toBe(seconds);
  });
});
