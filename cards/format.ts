import { DateTime } from 'luxon';
import { luxonZoneName } from '../jobs/timeZone';

const SIZE_UNITS = ['B', 'KB', 'MB', 'GB', 'TB', 'PB'] as const;

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;

/** Bytes in binary units with at most one decimal ("2.3 GB"); "—" when unknown. */
export function formatSize(bytes: unknown): string {
  if (!isCount(bytes)) return '—';
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < SIZE_UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${value.toFixed(digits).replace(/\.0$/, '')} ${SIZE_UNITS[unit]}`;
}

/** Hours as a short duration ("<1 min", "45 min", "1 h 05 min", "2 d 3 h"); "—" when unknown. */
export function formatDuration(hours: unknown): string {
  if (!isCount(hours)) return '—';
  const minutes = Math.round(hours * 60);
  if (minutes < 1) return '<1 min';
  if (minutes < 60) return `${minutes} min`;
  const wholeHours = Math.floor(minutes / 60);
  if (wholeHours < 24) return `${wholeHours} h ${String(minutes % 60).padStart(2, '0')} min`;
  return `${Math.floor(wholeHours / 24)} d ${wholeHours % 24} h`;
}

/** A whole number with thousands separators; "—" when unknown. */
export function formatCount(value: unknown): string {
  return isCount(value) ? Math.round(value).toLocaleString('en-US') : '—';
}

/** The zone to render in: the given IANA zone (in Intl's spelling) when valid, else UTC (luxon would print "Invalid DateTime"). */
export function renderZone(timeZone: string): string {
  return luxonZoneName(timeZone) ?? 'UTC';
}

/** Formats an ISO instant in `timeZone` with a luxon pattern; "—" when missing or unparsable. */
export function formatTime(iso: unknown, timeZone: string, pattern: string): string {
  if (typeof iso !== 'string') return '—';
  const time = DateTime.fromISO(iso, { zone: 'utc' });
  return time.isValid ? time.setZone(renderZone(timeZone)).toFormat(pattern, { locale: 'en-GB' }) : '—';
}

/** Compact start time for list rows, e.g. "28 Nov 14:02". */
export const ROW_TIME = 'd LLL HH:mm';
/** Full time for the detail card, e.g. "Sat 28 Nov 2026, 14:02:05". */
export const DETAIL_TIME = 'ccc d LLL yyyy, HH:mm:ss';
