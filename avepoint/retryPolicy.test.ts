import fc from 'fast-check';
import { backoffMs, DEFAULT_RETRY_POLICY, nextDelayMs } from './retryPolicy';

describe('backoffMs', () => {
  it('stays within [0, min(max, base·2^(attempt-1)))', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.double({ min: 0, max: 0.9999999, noNaN: true }), (attempt, r) => {
        const delay = backoffMs(DEFAULT_RETRY_POLICY, attempt, () => r);
        const ceiling = Math.min(DEFAULT_RETRY_POLICY.maxDelayMs, DEFAULT_RETRY_POLICY.baseDelayMs * 2 ** (attempt - 1));
        return delay >= 0 && delay < ceiling;
      }),
    );
  });
});

describe('nextDelayMs', () => {
  const policy = { baseDelayMs: 100, maxDelayMs: 1_000, maxAttempts: 4 };
  const half = () => 0.5;
  it.each([
    { name: 'backoff when no Retry-After', attempt: 1, retryAfter: undefined, remaining: 10_000, delay: 50 },
    { name: 'Retry-After is a minimum', attempt: 1, retryAfter: 2, remaining: 10_000, delay: 2_000 },
    { name: 'backoff when longer than Retry-After', attempt: 3, retryAfter: 0, remaining: 10_000, delay: 200 },
    { name: 'give up when Retry-After passes the deadline', attempt: 1, retryAfter: 30, remaining: 10_000, delay: undefined },
    { name: 'give up when the backoff passes the deadline', attempt: 3, retryAfter: undefined, remaining: 150, delay: undefined },
    { name: 'retry when a whole attempt fits after the wait', attempt: 1, retryAfter: 1, remaining: 1_500, delay: 1_000 },
    { name: 'give up when the wait leaves less than a whole attempt', attempt: 1, retryAfter: 1, remaining: 1_499, delay: undefined },
    { name: 'give up after the last attempt', attempt: 4, retryAfter: undefined, remaining: 10_000, delay: undefined },
  ])('$name', ({ attempt, retryAfter, remaining, delay }) => {
    expect(nextDelayMs(policy, attempt, retryAfter, { remainingMs: remaining, attemptMs: 500 }, half)).toBe(delay);
  });
});
