import type { FieldIssue } from './errors';
import { parseInstant } from './parseInstant';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Without times, the last 7 days ending now (as COMMANDS.md says for sentences). */
export const DEFAULT_RANGE_DAYS = 7;
/** One year (leap-safe): longer ranges are almost always a typo and make the upstream scan everything. */
export const MAX_RANGE_DAYS = 366;
/** AvePoint Cloud Backup has no jobs this old; earlier dates are typos (e.g. epoch seconds sent as milliseconds). */
export const EARLIEST_MS = Date.UTC(2000, 0, 1);
/** Clocks drift and callers round up; more than a day ahead is a mistake. */
export const FUTURE_SLACK_MS = DAY_MS;

export interface TimeRange {
  startTime: string;
  endTime: string;
}

/**
 * Resolves the optional start and end of a request into a checked UTC range.
 * Only a start: it runs to now. Only an end: the 7 days before it. Neither: the last 7 days.
 */
export function resolveTimeRange(
  input: { start?: unknown; end?: unknown },
  names: { start: string; end: string },
  now: Date,
): { range?: TimeRange; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const read = (value: unknown, field: string): number | undefined => {
    if (value === undefined) return undefined;
    const instant = parseInstant(value);
    if (!instant.ok) return void issues.push({ field, message: instant.message });
    if (instant.ms < EARLIEST_MS) return void issues.push({ field, message: 'must not be before 2000-01-01T00:00:00Z (epoch values are milliseconds)' });
    if (instant.ms > now.getTime() + FUTURE_SLACK_MS) return void issues.push({ field, message: 'must not be more than a day in the future' });
    return instant.ms;
  };
  const start = read(input.start, names.start);
  const end = read(input.end, names.end);
  if (issues.length > 0) return { issues };
  const endMs = end ?? (start !== undefined ? Math.max(now.getTime(), start + 1) : now.getTime());
  const startMs = start ?? endMs - DEFAULT_RANGE_DAYS * DAY_MS;
  if (startMs >= endMs) issues.push({ field: names.start, message: `must be before ${names.end}` });
  else if (endMs - startMs > MAX_RANGE_DAYS * DAY_MS) issues.push({ field: names.start, message: `the range must not exceed ${MAX_RANGE_DAYS} days` });
  if (issues.length > 0) return { issues };
  return { range: { startTime: new Date(startMs).toISOString(), endTime: new Date(endMs).toISOString() }, issues };
}
