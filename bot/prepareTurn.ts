import { jobListCard } from '../cards';
import type { Understand } from '../reader/types';

/** A sentence that reaches the reader's calendar, and a card that reaches the list template's expressions. */
const SENTENCE = 'failed backups yesterday';

/**
 * Runs once what a first turn would otherwise build on the way: the reader's tables and the card
 * templating's expression parser (adaptive-expressions compiles each `${…}` on its first use). Pure:
 * no storage, no upstream, no connector.
 */
export function prepareTurn(understand: Understand, now: Date): void {
  const { query, reading, timeZone } = understand(SENTENCE, { now, timeZone: 'UTC', organizations: [] });
  const page = { totalCount: 0, pageIndex: query.page, pageSize: query.pageSize, nextLink: null, jobs: [] };
  jobListCard({ page, query, reading, timeZone, timeZoneIsFallback: false, now });
}
