import type { FieldIssue } from '../shared/errors';
import { DEFAULT_RANGE_MS, EARLIEST_MS, FUTURE_SLACK_MS, MAX_RANGE_DAYS } from './limits';
import { parseInstant } from './parseInstant';
import { DAY_MS } from './time';

export interface TimeRange {
  startTime: string;
  endTime: string;
}

/**
 * Resolves the optional start and end of a request into a checked UTC range.
 * Only a start: it runs to now. Only an end: the default length before it (7 days). Neither: the default up to now.
 */
export function resolveTimeRange(
  input: { start?: unknown; end?: unknown },
  names: { start: string; end: string },
  now: Date,
  defaultRangeMs = DEFAULT_RANGE_MS,
): { range?: TimeRange; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const read = (value: unknown, field: string): number | undefined => {
    if (value === undefined) return undefined;
    const instant = parseInstant(value);
    if (!instant.ok) return void issues.push({ field, message: instant.message });
    if (instant.ms < EARLIEST_MS)
      return void issues.push({ field, message: 'must not be before 2000-01-01T00:00:00Z (epoch values are milliseconds)' });
    if (instant.ms > now.getTime() + FUTURE_SLACK_MS)
      return void issues.push({ field, message: 'must not be more than a day in the future' });
    return instant.ms;
  };
  const start = read(input.start, names.start);
  const end = read(input.end, names.end);
  if (issues.length > 0) return { issues };
  const endMs = end ?? (start !== undefined ? Math.max(now.getTime(), start + 1) : now.getTime());
  const startMs = start ?? endMs - defaultRangeMs;
  if (startMs >= endMs) issues.push({ field: names.start, message: `must be before ${names.end}` });
  else if (endMs - startMs > MAX_RANGE_DAYS * DAY_MS)
    issues.push({ field: names.start, message: `the range must not exceed ${MAX_RANGE_DAYS} days` });
  if (issues.length > 0) return { issues };
  return { range: { startTime: new Date(startMs).toISOString(), endTime: new Date(endMs).toISOString() }, issues };
}
