import { MAX_LIST_ROWS, TEAMS_MESSAGE_LIMIT_BYTES, cardSizeBytes, jobListCard } from '../cards';
import { LONG_READING, fixturePage, fixtureQuery } from '../fixtures/jobs';

/**
 * List card bytes at page sizes 10, 25 and the bot's maximum, with the card tests' worst-case
 * realistic rows (long names, capped long reading, two statuses, an organisation, a long zone).
 */
export function benchCardSize(): { limitBytes: number; maxListRows: number; bytesByPageSize: Record<string, number> } {
  const sizes = [...new Set([10, 25, MAX_LIST_ROWS])].sort((a, b) => a - b);
  const bytesByPageSize = Object.fromEntries(
    sizes.map((rows) => {
      const query = fixtureQuery({ page: 2, pageSize: rows });
      const card = jobListCard({
        page: fixturePage(query, rows, rows * 5),
        query,
        reading: LONG_READING,
        timeZone: 'America/Argentina/ComodRivadavia',
        timeZoneIsFallback: false,
        now: new Date('2026-11-28T15:45:00Z'),
      });
      return [String(rows), cardSizeBytes(card)];
    }),
  );
  return { limitBytes: TEAMS_MESSAGE_LIMIT_BYTES, maxListRows: MAX_LIST_ROWS, bytesByPageSize };
}
