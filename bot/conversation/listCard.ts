import { MAX_LIST_ROWS, jobListCard } from '../../cards';
import type { AdaptiveCardJson } from '../../cards';
import { rangePhrase } from '../../jobs/rangePhrase';
import { countSentence } from '../../jobs/summaryAnswer';
import type { QueryAsRead } from '../../jobs/QueryAsRead';
import { remember } from './rememberedQuery';
import type { BotDependencies } from '../BotDependencies';

/** A list to show, and whether the activity asking for it came without a zone. */
export interface ListRequest extends QueryAsRead {
  timeZoneIsFallback: boolean;
  /** "show how many …": the count over the range heads the card. */
  countFirst?: true;
}

/** Said wherever a list is cut to one card's rows. */
export const withCapNote = (reading: string): string => `${reading} · ${MAX_LIST_ROWS} per card (Teams' size limit)`;

/**
 * Fetches one page and renders the list card. Only a page that came back is remembered as the
 * conversation's last query: "next", "previous" and a detail's "Back to list" continue what the
 * user last saw, not a request that failed.
 */
export async function listCard(
  deps: BotDependencies,
  conversationId: string,
  request: ListRequest,
  signal?: AbortSignal,
): Promise<AdaptiveCardJson> {
  // Cards above MAX_LIST_ROWS rows would pass Teams' ~28 KB message limit: cap, and say so.
  const capped = request.query.pageSize > MAX_LIST_ROWS;
  const query = capped ? { ...request.query, pageSize: MAX_LIST_ROWS } : request.query;
  const { timeZone } = request;
  const reading = capped ? withCapNote(request.reading) : request.reading;
  // UTC is called a fallback only when that is why it was used: a saved UTC list stays UTC when the user chose it.
  const timeZoneIsFallback = timeZone === 'UTC' && request.timeZoneIsFallback;
  const page = await deps.jobs.getJobs(query, { signal });
  // What is remembered is what is shown, so that "next" keeps the cap note over the capped page size.
  await remember(deps, conversationId, { query, reading, timeZone });
  const now = deps.now();
  const headline = request.countFirst
    ? countSentence(page.totalCount, query.type, query.statuses, rangePhrase(query.startTime, query.endTime, now, timeZone))
    : undefined;
  return jobListCard({ page, query, reading, timeZone, timeZoneIsFallback, now, ...(headline && { headline }) });
}
