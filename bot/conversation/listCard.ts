import type { ListContext } from '../../cards/actions';
import type { AdaptiveCardJson } from '../../cards/expand';
import { MAX_LIST_ROWS, jobListCard } from '../../cards';
import type { TurnDeps } from './TurnDeps';

/** A list to show, and whether its zone is UTC only because Teams sent none. */
export interface ListRequest extends ListContext {
  timeZoneIsFallback: boolean;
}

/**
 * Fetches one page and renders the list card; remembers the query as the conversation's
 * last one so "next"/"previous" continue it. Both happen at once: the reply waits for neither twice.
 */
export async function listCard(deps: TurnDeps, conversationId: string, request: ListRequest, signal?: AbortSignal): Promise<AdaptiveCardJson> {
  // Cards above MAX_LIST_ROWS rows would pass Teams' ~28 KB message limit.
  const query = { ...request.query, pageSize: Math.min(request.query.pageSize, MAX_LIST_ROWS) };
  const { reading, timeZone, timeZoneIsFallback } = request;
  const [page] = await Promise.all([
    deps.jobs.getJobs(query, { signal }),
    deps.conversations.set(conversationId, { query, reading, timeZone }),
  ]);
  return jobListCard({ page, query, reading, timeZone, timeZoneIsFallback, now: deps.now() });
}
