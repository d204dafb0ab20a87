import type { Logger } from '../shared/Logger';

/** A Logger writing one JSON line per entry to the console (the Functions host collects stdout/stderr). */
export function createConsoleLogger(write: (line: string) => void = (line) => console.log(line)): Logger {
  const entry = (level: string) => (message: string, properties?: Record<string, unknown>) =>
    write(JSON.stringify({ time: new Date().toISOString(), level, message, ...properties }));
  return { info: entry('info'), warn: entry('warn'), error: entry('error') };
}
