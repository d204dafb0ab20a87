import { JobStatus, type JobStatusName } from '../jobs/enums';
import type { JobsSummary, OrganizationSummary } from '../jobs/JobsSummary';
import type { JobQuery } from '../jobs/model';
import type { Question } from '../reader/types';
import { summaryInsights } from '../jobs/summaryInsights';
import { DEFAULT_PAGE_SIZE } from '../jobs/limits';
import { READING_MAX, actionReading, executeAction, listContext, submitAction } from './actions';
import type { ExecuteAction, SubmitAction } from './actions';
import { cardTemplate } from './expand';
import type { AdaptiveCardJson } from './expand';
import { ROW_TIME, formatCount, formatDuration, formatTime, renderZone } from './format';
import { ROW_NAME_MAX_BYTES } from './jobRow';
import { CHIP_ORDER, statusLook } from './status';
import type { CardColor } from './status';
import { displayText, plainText, truncateBytes } from './text';
import { summaryCharts, type SummaryCharts } from './summaryCharts';
import template from './templates/summary.json';

/**
 * Organisation rows on one summary card; the rest are summed up in a last line. A row with its
 * drill-down (a list query) is about 1 KB in the worst case (CJK names, long zone), so 20 rows keep
 * a 50-organisation summary under Teams' limit with room for the envelope (cards/summaryCard.test.ts).
 */
export const MAX_SUMMARY_ROWS = 20;
/** With a month of daily bars (about 2.7 KB with their fallback), three rows fewer keep the same margin. */
export const MAX_SUMMARY_ROWS_WITH_TREND = 17;

export interface SummaryCardInput {
  summary: JobsSummary;
  /** The answer sentence (jobs/summaryAnswer.ts). */
  answer: string;
  /** How the request was read, e.g. "Summary · backups · last 24 hours". */
  reading: string;
  timeZone: string;
  question?: Question;
  now: Date;
}

interface SummaryRow {
  icon: string;
  name: string;
  counts: string;
  backup: string;
  backupColor: CardColor;
  select: SubmitAction;
}

interface SummaryData {
  answer: string;
  reading: string;
  totals: { text: string; color: CardColor }[];
  hasDonut: boolean;
  donut: SummaryCharts['donut'];
  hasTrend: boolean;
  trend: SummaryCharts['trend'];
  insights: string[];
  rows: SummaryRow[];
  hasMore: boolean;
  more: string;
  zoneNote: string;
  actions: (ExecuteAction | SubmitAction)[];
}

const summaryTemplate = cardTemplate<SummaryData>(template);

const countsText = (byStatus: Record<JobStatusName, number>): string => {
  const parts = CHIP_ORDER.filter((name) => byStatus[name] > 0).map((name) => {
    const look = statusLook(JobStatus[name]);
    return `${look.icon} ${formatCount(byStatus[name])} ${look.word.toLowerCase()}`;
  });
  return parts.length > 0 ? parts.join(' · ') : 'No jobs in this range';
};

function backupText(o: OrganizationSummary, rpoHours: number, timeZone: string): string {
  if (o.lastSuccessfulBackup === null) return '⚠️ No successful backup in the last 30 days';
  const when = `${formatTime(o.lastSuccessfulBackup, timeZone, ROW_TIME)} (${formatDuration(o.hoursSinceSuccessfulBackup)} ago)`;
  return o.stale ? `⚠️ Last successful backup ${when}: older than ${rpoHours} h` : `Last successful backup ${when}`;
}

/** Pure: the summary card's template data. */
export function summaryData({ summary, answer, reading, timeZone, question }: SummaryCardInput): SummaryData {
  const { query } = summary;
  const zone = renderZone(timeZone);
  // Drill-downs list the same range as the summary, newest first, one page at a time.
  const listOf = (extra: Partial<JobQuery>, title: string) =>
    listContext({ page: 1, pageSize: DEFAULT_PAGE_SIZE, statuses: [], ...query, ...extra }, title, timeZone);
  const maxRows = summary.daily && summary.daily.length > 0 ? MAX_SUMMARY_ROWS_WITH_TREND : MAX_SUMMARY_ROWS;
  const rows = summary.organizations.slice(0, maxRows).map((o): SummaryRow => {
    const name = truncateBytes(plainText(o.organizationName, 'Unknown organisation'), ROW_NAME_MAX_BYTES);
    return {
      icon: o.byStatus.failed > 0 ? '❌' : o.stale ? '⚠️' : '✅',
      name,
      counts: countsText(o.byStatus),
      backup: backupText(o, summary.rpoHours, zone),
      backupColor: o.stale ? 'Attention' : 'Default',
      select: submitAction({ verb: 'page', ...listOf({ organizationId: o.organizationId }, `Jobs of ${name}`) }, `Jobs of ${name}`),
    };
  });
  const rest = summary.organizations.slice(maxRows);
  const more = [
    rest.length > 0 &&
      `${rest.length} more organisations: ${rest.filter((o) => o.byStatus.failed > 0).length} with failures, ${rest.filter((o) => o.stale).length} without a backup within ${summary.rpoHours} h.`,
    summary.otherOrganizationsCount > 0 &&
      `${formatCount(summary.otherOrganizationsCount)} jobs of organisations not seen in the last 7 days.`,
  ].filter((line): line is string => typeof line === 'string');
  const failures = summary.byStatus.failed > 0 || summary.byStatus.finishedWithException > 0;
  const charts = summaryCharts(summary, zone);
  return {
    answer: displayText(answer, 600),
    reading: displayText(reading, READING_MAX, 'Summary'),
    totals: CHIP_ORDER.map((name) => {
      const look = statusLook(JobStatus[name]);
      return {
        text: `${look.icon} ${formatCount(summary.byStatus[name])} ${look.word.toLowerCase()}`,
        color: summary.byStatus[name] > 0 ? look.color : 'Default',
      };
    }),
    hasDonut: summary.totalCount > 0,
    donut: charts.donut,
    hasTrend: charts.trend.data.length > 0,
    trend: charts.trend,
    insights: summaryInsights(summary).map((line) => displayText(line, 300)),
    rows,
    hasMore: more.length > 0,
    more: more.join(' '),
    zoneNote: `Times in ${zone} · as of ${formatTime(summary.asOf, zone, ROW_TIME)} · RPO ${summary.rpoHours} h`,
    actions: [
      ...(failures
        ? [
            submitAction(
              { verb: 'page', ...listOf({ statuses: [JobStatus.failed, JobStatus.finishedWithException] }, 'Failures') },
              'Show failures',
            ),
          ]
        : []),
      executeAction({ verb: 'summary', query, reading: actionReading(reading), timeZone, ...(question && { question }) }, '↻ Refresh'),
    ],
  };
}

/** The summary card: the answer, totals per status, one row per organisation with its last successful backup. */
export const summaryCard = (input: SummaryCardInput): AdaptiveCardJson => summaryTemplate.expand(summaryData(input));
