import { DateTime } from 'luxon';

/**
 * The instant of the most recent digest due at or before `now`: today's local time in the zone, or
 * yesterday's when today's is still ahead. Luxon does the zone arithmetic, so the local time stays
 * the same across daylight saving changes (a time skipped by a spring-forward shifts forward).
 */
export function lastDigestDue(localTime: string, timeZone: string, now: Date): Date {
  const [hour, minute] = localTime.split(':').map(Number) as [number, number];
  const local = DateTime.fromJSDate(now, { zone: timeZone });
  const today = local.set({ hour, minute, second: 0, millisecond: 0 });
  const due = today.toMillis() <= now.getTime() ? today : today.minus({ days: 1 }).set({ hour, minute });
  return due.toJSDate();
}

/** A digest is due when its most recent due time is after the watermark (the last one sent, or the subscription's creation). */
export function digestIsDue(localTime: string, timeZone: string, watermark: string, now: Date): Date | undefined {
  const due = lastDigestDue(localTime, timeZone, now);
  return due.getTime() > Date.parse(watermark) ? due : undefined;
}
