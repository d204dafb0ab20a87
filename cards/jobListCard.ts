import { JobStatus } from '../jobs/enums';
import type { JobQuery, JobsPage } from '../jobs/model';
import type { QueryAsRead } from '../jobs/QueryAsRead';
import { READING_MAX, executeAction, listContext } from './actions';
import type { ExecuteAction } from './actions';
import { cardTemplate } from './expand';
import type { AdaptiveCardJson } from './expand';
import { jobRow } from './jobRow';
import type { JobRowData } from './jobRow';
import { CHIP_ORDER, statusLook } from './status';
import type { CardColor } from './status';
import { ROW_TIME, formatTime, renderZone } from './format';
import { rangePhrase } from '../jobs/rangePhrase';
import { displayText } from './text';
import template from './templates/jobList.json';

/** The list's query, how it was read (e.g. "failed backups today") and its zone, with the page that came back. */
export interface JobListInput extends QueryAsRead {
  page: JobsPage;
  /** True when Teams sent no time zone and UTC is assumed. */
  timeZoneIsFallback: boolean;
  now: Date;
  /** A sentence said before the list, e.g. the count for "show how many backups failed". */
  headline?: string;
}

interface JobListData {
  hasHeadline: boolean;
  headline: string;
  title: string;
  zoneNote: string;
  /** A refined list whose scan stopped at its bound: the answer covers the newest jobs only. */
  hasScanNote: boolean;
  scanNote: string;
  hasChips: boolean;
  chips: { text: string; color: CardColor }[];
  /** The chips count this page only, and the range has more jobs: say so (the summary counts the range). */
  chipsArePartial: boolean;
  empty: boolean;
  emptyText: string;
  rows: JobRowData[];
  pageText: string;
  actions: ExecuteAction[];
}

const jobList = cardTemplate<JobListData>(template);

/** Which zone the times are in, which range the list covers (whatever the reading says), and how fresh it is. */
function zoneNote(query: JobQuery, timeZone: string, isFallback: boolean, now: Date): string {
  const zone = renderZone(timeZone);
  const label =
    zone !== timeZone ? `UTC (unknown time zone ${timeZone})` : isFallback ? `${zone} (your Teams time zone was not sent)` : zone;
  const range = rangePhrase(query.startTime, query.endTime, now, zone);
  return `Times in ${displayText(label, 80)} · jobs ${range} · as of ${formatTime(now.toISOString(), zone, ROW_TIME)}`;
}

/** Pure: the list card's template data. */
export function jobListData({ page, query, reading, timeZone, timeZoneIsFallback, now, headline }: JobListInput): JobListData {
  const shownReading = displayText(reading, READING_MAX, 'all jobs');
  const context = listContext(query, reading, timeZone);
  const jobs = Array.isArray(page.jobs) ? page.jobs : [];
  const total = Math.max(page.totalCount ?? 0, 0);
  // The service pages by counts (it leaves nextLink null): a next page exists while jobs remain.
  const hasNext = query.page * query.pageSize < total;
  const pages = Math.max(Math.ceil(total / query.pageSize), query.page + (hasNext ? 1 : 0), 1);
  // "next" past the end (a remembered list, a stale card) finds no rows of a range that has jobs: say it ended.
  const lastPage = Math.max(Math.ceil(total / query.pageSize), 1);
  const pastTheEnd = jobs.length === 0 && total > 0 && query.page > lastPage;
  const jobsText = `${total} ${total === 1 ? 'job' : 'jobs'}`;
  const chips = CHIP_ORDER.flatMap((name) => {
    const count = jobs.filter((job) => job?.status === JobStatus[name]).length;
    const look = statusLook(JobStatus[name]);
    return count === 0 ? [] : [{ text: `${look.icon} ${count} ${look.word.toLowerCase()}`, color: look.color }];
  });
  const toPage = (target: number): QueryAsRead => ({ ...context, query: { ...query, page: target } });
  const actions = [
    ...(query.page > 1 ? [executeAction({ verb: 'page', ...toPage(query.page - 1) }, '◀ Previous')] : []),
    ...(hasNext ? [executeAction({ verb: 'page', ...toPage(query.page + 1) }, 'Next ▶')] : []),
  ];
  return {
    hasHeadline: headline !== undefined,
    headline: displayText(headline, 300, ''),
    title: shownReading,
    zoneNote: zoneNote(query, timeZone, timeZoneIsFallback, now),
    hasScanNote: page.refined?.complete === false,
    scanNote: page.refined
      ? `Looked at the first ${page.refined.scanned.toLocaleString('en-US')} jobs of the range; narrow it for a complete answer`
      : '',
    hasChips: chips.length > 0,
    chips,
    chipsArePartial: total > jobs.length,
    empty: jobs.length === 0,
    emptyText: pastTheEnd
      ? `That was the last page: “${shownReading}” has ${jobsText} on ${lastPage} ${lastPage === 1 ? 'page' : 'pages'}. Say “previous” to go back.`
      : `No jobs match “${shownReading}”. Try a wider time range, e.g. “failed jobs this month”.`,
    rows: jobs.filter((job) => job != null).map((job) => jobRow(job, timeZone)),
    pageText: pastTheEnd ? `Past the last page (${lastPage}) · ${jobsText}` : `Page ${query.page} of ${pages} · ${jobsText}`,
    actions,
  };
}

/** The list card: header with the reading and zone, status chips, one row per job, paging. */
export const jobListCard = (input: JobListInput): AdaptiveCardJson => jobList.expand(jobListData(input));
