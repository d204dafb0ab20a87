import type { ListContext } from '../../cards/actions';
import type { AdaptiveCardJson } from '../../cards/expand';
import { MAX_LIST_ROWS, jobListCard } from '../../cards';
import type { TurnDeps } from './TurnDeps';

/** A list to show, and whether its zone is UTC only because Teams sent none. */
export interface ListRequest extends ListContext {
  timeZoneIsFallback: boolean;
}

/**
 * Fetches one page and renders the list card. Only a page that came back is remembered as the
 * conversation's last query: "next", "previous" and a detail's "Back to list" continue what the
 * user last saw, not a request that failed.
 */
export async function listCard(deps: TurnDeps, conversationId: string, request: ListRequest, signal?: AbortSignal): Promise<AdaptiveCardJson> {
  // Cards above MAX_LIST_ROWS rows would pass Teams' ~28 KB message limit: cap, and say so.
  const capped = request.query.pageSize > MAX_LIST_ROWS;
  const query = capped ? { ...request.query, pageSize: MAX_LIST_ROWS } : request.query;
  const { reading, timeZone, timeZoneIsFallback } = request;
  const page = await deps.jobs.getJobs(query, { signal });
  await deps.conversations.set(conversationId, { query, reading, timeZone });
  const shown = capped ? `${reading} · ${MAX_LIST_ROWS} per card (Teams' size limit)` : reading;
  return jobListCard({ page, query, reading: shown, timeZone, timeZoneIsFallback, now: deps.now() });
}
