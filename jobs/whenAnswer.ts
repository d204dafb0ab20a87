import { jobStatusLabels, jobStatusName, jobTypeLabels, jobTypeName, type JobStatusValue } from './enums';
import type { Job, JobQuery } from './model';
import { momentPhrase, rangePhrase } from './rangePhrase';

/** "finished backup", "failed job", "restore": what a "when" question asks about, in words. */
function subjectOf(query: JobQuery): string {
  const type = jobTypeLabels(jobTypeName(query.type) ?? 'all').plural.replace(/s$/, '');
  const statuses = query.statuses.map((status) => jobStatusLabels(jobStatusName(status) ?? 'finished').reading).join(' or ');
  return statuses ? `${statuses} ${type}` : type;
}

/**
 * The answer to "when was … ?": the newest matching job's time ("The last finished backup of
 * Northwind Traders finished today 02:14."), or that there was none in the range.
 */
export function whenAnswer(
  newest: Job | undefined,
  query: JobQuery,
  at: { now: Date; timeZone: string },
  organizationName?: string,
): string {
  const of = organizationName === undefined ? '' : ` of ${organizationName}`;
  const subject = subjectOf(query);
  if (!newest) return `No ${subject}${of} ${rangePhrase(query.startTime, query.endTime, at.now, at.timeZone)}.`;
  const finished = newest.finishTime !== null;
  const time = momentPhrase(newest.finishTime ?? newest.startTime, at.now, at.timeZone);
  return `The last ${subject}${of} ${finished ? 'finished' : 'started'} ${time} (${at.timeZone}).`;
}

/**
 * The answer to "was the last backup successful?": whether the newest job of the query has one of
 * `statuses` ("No: the last backup, Contoso's, started today 02:14 and failed.").
 */
export function latestAnswer(
  newest: Job | undefined,
  statuses: readonly JobStatusValue[],
  query: JobQuery,
  at: { now: Date; timeZone: string },
  organizationName?: string,
): string {
  const subject = jobTypeLabels(jobTypeName(query.type) ?? 'all').plural.replace(/s$/, '');
  const of = organizationName === undefined ? '' : ` of ${organizationName}`;
  if (!newest) return `No ${subject}${of} ran ${rangePhrase(query.startTime, query.endTime, at.now, at.timeZone)}.`;
  const yes = statuses.includes(newest.status as JobStatusValue);
  const outcome = jobStatusLabels(jobStatusName(newest.status) ?? 'finished').reading.replace(/-/g, ' ');
  const when = momentPhrase(newest.startTime, at.now, at.timeZone);
  // Without an organisation asked for, say whose job the newest was.
  const whose = organizationName === undefined ? `, ${newest.organizationName}'s,` : '';
  return `${yes ? 'Yes' : 'No'}: the last ${subject}${of}${whose} started ${when} (${at.timeZone}) and is ${outcome}.`;
}
