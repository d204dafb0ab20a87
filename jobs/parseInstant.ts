import { DateTime } from 'luxon';

/** A time with an explicit offset: without one, "10:00" would silently mean the server's zone. */
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}(:?\d{2})?)$/i;

export type Instant = { ok: true; ms: number } | { ok: false; message: string };

/** Reads one request time: ISO 8601 with offset or Z, or epoch milliseconds (number or digits). */
export function parseInstant(input: unknown): Instant {
  if (typeof input === 'number') {
    return Number.isSafeInteger(input) ? { ok: true, ms: input } : { ok: false, message: 'must be whole epoch milliseconds' };
  }
  if (typeof input !== 'string') return { ok: false, message: 'must be an ISO 8601 string or epoch milliseconds' };
  const text = input.trim();
  if (/^\d{1,15}$/.test(text)) return { ok: true, ms: Number(text) };
  if (!ISO_WITH_OFFSET.test(text)) {
    return { ok: false, message: 'must be ISO 8601 with an offset or Z (e.g. 2026-11-20T08:00:00Z) or epoch milliseconds' };
  }
  const parsed = DateTime.fromISO(text, { setZone: true });
  return parsed.isValid
    ? { ok: true, ms: parsed.toMillis() }
    : { ok: false, message: `is not a valid date: ${parsed.invalidExplanation ?? 'out of range'}` };
}
