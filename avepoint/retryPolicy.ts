/** How retries are spaced. */
export interface RetryPolicy {
  /** First backoff ceiling. */
  baseDelayMs: number;
  /** Largest backoff ceiling. */
  maxDelayMs: number;
  /** Attempts in all, the first included. */
  maxAttempts: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { baseDelayMs: 200, maxDelayMs: 2_000, maxAttempts: 5 };

/** Exponential backoff with full jitter (AWS architecture blog): uniform in [0, min(max, base·2^(n-1))). */
export function backoffMs(policy: RetryPolicy, attempt: number, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(random() * ceiling);
}

/**
 * The wait before the next attempt, or undefined to give up: past the attempt budget, or when a
 * whole attempt (`attemptMs`) would not fit between the end of the wait (Retry-After is honoured as
 * a minimum) and the deadline. An attempt the deadline cuts short ends as a timeout, where giving
 * up at once reports what really happened (throttled, unavailable) and sooner.
 */
export function nextDelayMs(
  policy: RetryPolicy,
  attempt: number,
  retryAfterSeconds: number | undefined,
  budget: { remainingMs: number; attemptMs: number },
  random: () => number,
): number | undefined {
  if (attempt >= policy.maxAttempts) return undefined;
  const delay = Math.max(backoffMs(policy, attempt, random), (retryAfterSeconds ?? 0) * 1000);
  return delay + budget.attemptMs <= budget.remainingMs ? delay : undefined;
}
