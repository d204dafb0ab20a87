/** Long enough for the request that woke a cold instance to be answered before the warm-up takes the CPU. */
export const WARM_UP_AFTER_MS = 1_000;

/** A warm-up that can be called off, and waited for, when the host stops. */
export interface ScheduledWarmUp {
  /** Cancels it if it has not begun, else waits for it to end. */
  stop(): Promise<void>;
}

/**
 * Runs `prepare` once, a moment after start-up. The Functions warm-up trigger covers scale-out on
 * the plans that have it; this covers every other start (a cold start, a restart, the local host).
 * The timer never keeps a process alive.
 */
export function warmUpWhenIdle(prepare: () => Promise<void>, afterMs = WARM_UP_AFTER_MS): ScheduledWarmUp {
  let running: Promise<void> | undefined;
  // A warm-up that fails only leaves its work to the first request, which meets the same failure and reports it.
  const timer = setTimeout(() => void (running = prepare().catch(() => undefined)), afterMs);
  timer.unref();
  return {
    async stop() {
      clearTimeout(timer);
      await running;
    },
  };
}
