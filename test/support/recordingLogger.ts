import type { Logger } from '../../shared/Logger';

/** One log line, kept for assertions (nothing is printed). */
export type LogLine = { level: 'info' | 'warn' | 'error'; message: string; properties?: Record<string, unknown> };

/** A logger that keeps its lines in `lines` (also its `entries`). */
export function recordingLogger(lines: LogLine[] = []): Logger & { entries: LogLine[] } {
  const at = (level: LogLine['level']) => (message: string, properties?: Record<string, unknown>) =>
    void lines.push({ level, message, properties });
  return { entries: lines, info: at('info'), warn: at('warn'), error: at('error') };
}
