import { AsyncLocalStorage } from 'node:async_hooks';

const silenced = new AsyncLocalStorage<true>();
const FILTER = Symbol.for('backup-jobs-bot.consoleErrorFilter');

/**
 * Runs `work` with console.error dropped for it alone (other work, even concurrent, still prints).
 * botbuilder's token check prints every refused token to console.error: a stack trace, and the
 * whole signing key set (JwtTokenExtractor); the caller logs one line through the logger instead.
 * The filter is installed once per process and only ever drops lines of work run through here.
 */
export function withoutConsoleErrors<T>(work: () => Promise<T>): Promise<T> {
  const current = console.error as typeof console.error & { [FILTER]?: true };
  if (!current[FILTER]) {
    const filtered = Object.assign((...args: unknown[]) => (silenced.getStore() ? undefined : current.apply(console, args)), {
      [FILTER]: true as const,
    });
    console.error = filtered;
  }
  return silenced.run(true, work);
}
