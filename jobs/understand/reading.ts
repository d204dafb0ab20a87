import { DateTime } from 'luxon';
import { JobStatus, JobType, type JobStatusValue, type JobTypeValue } from '../enums';
import type { JobQuery } from '../model';

/** The page size a query gets when the sentence names none. */
export const DEFAULT_PAGE_SIZE = 10;

const STATUS_LABELS: ReadonlyMap<JobStatusValue, string> = new Map<JobStatusValue, string>([
  [JobStatus.inProgress, 'in-progress'],
  [JobStatus.finished, 'finished'],
  [JobStatus.failed, 'failed'],
  [JobStatus.finishedWithException, 'finished-with-exception'],
]);
const TYPE_LABELS: ReadonlyMap<JobTypeValue, string> = new Map<JobTypeValue, string>([
  [JobType.all, ''],
  [JobType.backup, 'backup '],
  [JobType.restore, 'restore '],
  [JobType.dryRun, 'dry-run '],
  [JobType.retention, 'retention '],
  [JobType.auditBackup, 'audit backup '],
  [JobType.export, 'export '],
]);
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;
// luxon formats en-US names from its own tables, without a trip through Intl.
const FORMAT_OPTIONS = { locale: 'en-US' } as const;

function subject(query: JobQuery): string {
  const statuses = query.statuses.map((status) => STATUS_LABELS.get(status) ?? String(status)).join(' or ');
  const text = `${statuses || 'all'} ${TYPE_LABELS.get(query.type) ?? `type ${query.type} `}jobs`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function day(date: DateTime, now: DateTime): string {
  return date.toFormat(date.year === now.year ? 'ccc d LLL' : 'ccc d LLL yyyy', FORMAT_OPTIONS);
}

function moment(date: DateTime, now: DateTime): string {
  return `${day(date, now)} ${date.toFormat('HH:mm', FORMAT_OPTIONS)}`;
}

function isMidnight(date: DateTime): boolean {
  return date.hour === 0 && date.minute === 0 && date.second === 0 && date.millisecond === 0;
}

/** The instants a reading names, all in the user's zone. */
export interface ReadingMoments {
  now: DateTime;
  start: DateTime;
  end: DateTime;
}

/** Compares calendar fields, which luxon has already computed, instead of doing zone arithmetic. */
function sameDay(a: DateTime, b: DateTime): boolean {
  return a.day === b.day && a.month === b.month && a.year === b.year;
}

/** Names a range the way a person would: "today 00:00–now", "yesterday", "last 7 days", "Mon 16 Nov – Sun 22 Nov". */
function period({ now, start, end }: ReadingMoments): string {
  if (end.toMillis() === now.toMillis()) {
    const length = now.toMillis() - start.toMillis();
    if (isMidnight(start) && sameDay(start, now)) return 'today 00:00–now';
    if (isMidnight(start)) return `${moment(start, now)}–now`;
    if (length % DAY_MS === 0) return length === DAY_MS ? 'last 24 hours' : `last ${length / DAY_MS} days`;
    if (length % HOUR_MS === 0) return `last ${length / HOUR_MS} hours`;
    if (length < HOUR_MS && length % MINUTE_MS === 0) return `last ${length / MINUTE_MS} minutes`;
    return `${moment(start, now)}–now`;
  }
  if (isMidnight(start) && isMidnight(end)) {
    const lastDay = end.minus({ days: 1 });
    if (lastDay.toMillis() === start.toMillis()) {
      return sameDay(end, now) ? 'yesterday' : day(start, now);
    }
    return `${day(start, now)} – ${day(lastDay, now)}`;
  }
  return `${moment(start, now)} – ${moment(end, now)}`;
}

/**
 * One line saying what a query asks for, in the user's zone, e.g.
 * "Failed jobs · today 00:00–now (America/New_York)"; a named range keeps its name ("last night: …").
 */
export function describeMoments(query: JobQuery, zone: string, moments: ReadingMoments, organizationName?: string, label?: string): string {
  // A named range says where it starts ("this evening: Wed 25 Nov 18:00–now"), not how long it has run.
  const named = label !== undefined && moments.end.toMillis() === moments.now.toMillis()
    ? `${label}: ${moment(moments.start, moments.now)}–now`
    : `${label === undefined ? '' : `${label}: `}${period(moments)}`;
  const parts = [subject(query), `${named} (${zone})`];
  if (query.organizationId !== undefined) {
    parts.push(organizationName === undefined ? `org ${query.organizationId}` : `org ${organizationName}`);
  }
  if (query.pageSize !== DEFAULT_PAGE_SIZE) parts.push(`${query.pageSize} per page`);
  if (query.page > 1) parts.push(`page ${query.page}`);
  return parts.join(' · ');
}
