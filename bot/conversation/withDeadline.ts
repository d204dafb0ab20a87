/** The work finished in time (`value`), or the deadline passed first and the work was aborted. */
export type DeadlineResult<T> = { done: true; value: T } | { done: false };

/**
 * Runs `work` with a signal that aborts after `ms`. Resolves as soon as either happens; a
 * failure of the work before the deadline is rethrown, a failure after it is only the abort.
 */
export async function withDeadline<T>(ms: number, work: (signal: AbortSignal) => Promise<T>): Promise<DeadlineResult<T>> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<DeadlineResult<T>>((resolve) => {
    timer = setTimeout(() => {
      controller.abort(new Error(`No answer within ${ms} ms`));
      resolve({ done: false });
    }, ms);
  });
  const running = work(controller.signal).then((value): DeadlineResult<T> => ({ done: true, value }));
  // The loser is ignored on purpose: an aborted request's rejection must not become unhandled.
  running.catch(() => undefined);
  try {
    return await Promise.race([running, late]);
  } finally {
    clearTimeout(timer);
  }
}
