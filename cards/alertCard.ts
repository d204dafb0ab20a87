import { JobStatus } from '../jobs/enums';
import type { Job } from '../jobs/model';
import { executeAction, submitAction } from './actions';
import type { ExecuteAction, SubmitAction } from './actions';
import { ALERT_MAX_ROWS } from './alertSnapshot';
import type { AlertJob, AlertSnapshot } from './alertSnapshot';
import { cardTemplate } from './expand';
import type { AdaptiveCardJson } from './expand';
import { ROW_TIME, formatTime, renderZone } from './format';
import { jobRow } from './jobRow';
import type { JobRowData } from './jobRow';
import { CHIP_ORDER, statusLook } from './status';
import type { CardColor } from './status';
import { displayText, plainText, truncateBytes } from './text';
import template from './templates/alert.json';

export interface AlertCardInput {
  jobs: Job[];
  /** What the subscriptions watch, e.g. "Alert #1: failed backup jobs · Alert #3: problems for Contoso". */
  about: string;
  timeZone: string;
  now: Date;
  /** The list of exactly these jobs' range and filter, for "Show all" when they collapse. */
  showAll?: AlertSnapshot['showAll'];
  /** Where the run stores this snapshot; what Acknowledge names. */
  ledger: AlertSnapshot['ledger'];
}

interface AlertData {
  title: string;
  color: CardColor;
  about: string;
  collapsed: boolean;
  countsText: string;
  rows: JobRowData[];
  acknowledged: boolean;
  ackText: string;
  actions: (ExecuteAction | SubmitAction)[];
}

const alert = cardTemplate<AlertData>(template);

const toAlertJob = (job: Job): AlertJob => ({
  jobId: displayText(job.jobId, 100, ''),
  // Rows show 42 bytes of a name; the Acknowledge data (sent twice: Execute and its fallback) need not carry more.
  organizationName: truncateBytes(plainText(job.organizationName, 'Unknown organisation'), 42),
  status: job.status,
  type: job.type,
  startTime: displayText(job.startTime, 40, ''),
  durationHours: Math.max(0, Number(job.durationHours) || 0),
  backupSize: Math.max(0, Number(job.backupSize) || 0),
  failedItems: count(job.failedRecord),
  skippedItems: count(job.skippedRecord),
});

const count = (value: unknown): number => (Number.isSafeInteger(value) && (value as number) > 0 ? (value as number) : 0);

/** "3 failed, 1 skipped items" when there are any: what the row adds to a list row. */
function itemsText({ failedItems, skippedItems }: AlertJob): string | undefined {
  const parts = [failedItems > 0 && `${failedItems} failed`, skippedItems > 0 && `${skippedItems} skipped`].filter(Boolean);
  return parts.length === 0 ? undefined : `${parts.join(', ')} ${failedItems + skippedItems === 1 ? 'item' : 'items'}`;
}

/** Pure: what an alert card shows (more than ALERT_MAX_ROWS jobs collapse into counts per status). */
export function alertSnapshot({ jobs, about, timeZone, now, showAll, ledger }: AlertCardInput): AlertSnapshot {
  const failed = jobs.filter((job) => job.status === JobStatus.failed).length;
  const noun = jobs.length === 1 ? 'job' : 'jobs';
  const title = failed > 0 ? `🔔 ${jobs.length} new ${noun}, ${failed} failed` : `🔔 ${jobs.length} new ${noun}`;
  const collapsed = jobs.length > ALERT_MAX_ROWS;
  const counts = CHIP_ORDER.map((name) => ({
    status: JobStatus[name],
    count: jobs.filter((job) => job.status === JobStatus[name]).length,
  })).filter((c) => c.count > 0);
  return {
    ledger,
    title,
    about: displayText(about, 300),
    timeZone,
    at: now.toISOString(),
    jobs: collapsed ? [] : jobs.map(toAlertJob),
    ...(collapsed && { counts }),
    ...(collapsed && showAll && { showAll }),
  };
}

/** Who acknowledged, and when (in the alert's zone). */
export interface Acknowledgement {
  by: string;
  at: Date;
}

/** Pure: the template data of an alert card, acknowledged or not. */
export function alertData(snapshot: AlertSnapshot, acknowledgement?: Acknowledgement): AlertData {
  const zone = renderZone(snapshot.timeZone);
  const rows = snapshot.jobs.map((job) => {
    const row = jobRow(job, zone);
    const items = itemsText(job);
    return items ? { ...row, details: `${row.details} · ${items}` } : row;
  });
  // One job: its detail card is a button too (a row's select action is easy to miss).
  const only = snapshot.jobs.length === 1 ? rows[0]?.select : undefined;
  const countsText = (snapshot.counts ?? [])
    .map(({ status, count }) => `${statusLook(status).icon} ${count} ${statusLook(status).word.toLowerCase()}`)
    .join(' · ');
  const anyFailed =
    snapshot.jobs.some((job) => job.status === JobStatus.failed) || (snapshot.counts ?? []).some((c) => c.status === JobStatus.failed);
  const actions = [
    ...(acknowledgement ? [] : [executeAction({ verb: 'acknowledge', ...snapshot.ledger }, 'Acknowledge')]),
    // A Submit: the detail card comes as a new message and the alert stays for everyone in the chat.
    ...(only ? [submitAction({ verb: 'detail', ...only.data }, 'Job details')] : []),
    ...(snapshot.showAll
      ? [executeAction({ verb: 'page', ...snapshot.showAll, query: { ...snapshot.showAll.query, page: 1 } }, 'Show all')]
      : []),
  ];
  return {
    title: snapshot.title,
    color: anyFailed ? 'Attention' : 'Default',
    about: `${snapshot.about} · times in ${zone} · found ${formatTime(snapshot.at, zone, ROW_TIME)}`,
    collapsed: snapshot.counts !== undefined,
    countsText,
    rows,
    acknowledged: acknowledgement !== undefined,
    ackText: acknowledgement
      ? `✔ Acknowledged by ${displayText(acknowledgement.by, 80, 'someone')} at ${formatTime(acknowledgement.at.toISOString(), zone, ROW_TIME)}`
      : '',
    actions,
  };
}

/** The alert card: the new jobs (each row opens its detail card), Acknowledge, and "Show all" when collapsed. */
export const alertCard = (snapshot: AlertSnapshot, acknowledgement?: Acknowledgement): AdaptiveCardJson =>
  alert.expand(alertData(snapshot, acknowledgement));
