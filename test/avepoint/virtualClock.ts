/**
 * A clock for the AvePoint client on which time passes only when the client waits: `sleep` moves it
 * on at once by the wait asked for, and an attempt's timer, which stays real (a hanging socket ends
 * only when it fires), moves it to the timer's due time when it fires. A timer is due at most at the
 * call's deadline, so bounds asserted on this clock are on the client's decisions, not on the speed
 * of the machine.
 */
export interface VirtualClock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  timeout(ms: number): AbortSignal;
  /** Virtual ms since the clock started. */
  elapsedMs(): number;
  /** Every wait the client asked `sleep` for, in order. */
  readonly waits: number[];
}

export function virtualClock(startMs: number): VirtualClock {
  let nowMs = startMs;
  const waits: number[] = [];
  return {
    now: () => nowMs,
    async sleep(ms, signal) {
      signal?.throwIfAborted();
      waits.push(ms);
      nowMs += ms;
    },
    timeout(ms) {
      const due = nowMs + ms;
      const signal = AbortSignal.timeout(ms);
      signal.addEventListener('abort', () => void (nowMs = Math.max(nowMs, due)), { once: true });
      return signal;
    },
    elapsedMs: () => nowMs - startMs,
    waits,
  };
}
