import { MAX_LIST_ROWS, TEAMS_MESSAGE_LIMIT_BYTES, cardSizeBytes, jobListCard as renderJobListCard } from '../../cards';
import { READING_MAX } from '../../cards/actions';
import { validated } from './cardRules';
import { LONG_READING, fixturePage, fixtureQuery } from './fixtures';

const jobListCard = validated(renderJobListCard);

/** The heaviest realistic list: long names, all statuses, a capped long reading, two statuses, an organisation, a long zone. */
function worstListCard(rows: number) {
  const query = fixtureQuery({ page: 2, pageSize: rows });
  return jobListCard({
    page: fixturePage(query, rows, rows * 5),
    query,
    reading: LONG_READING,
    timeZone: 'America/Argentina/ComodRivadavia',
    timeZoneIsFallback: false,
    now: new Date('2026-11-28T15:45:00Z'),
  });
}

// Margin for the rest of the activity (attachment envelope, conversation and recipient ids).
const BUDGET = TEAMS_MESSAGE_LIMIT_BYTES - 3 * 1024;

describe('list card size', () => {
  test('the fixture reading is at least as long as the cap, so sizes are worst case', () => {
    expect(LONG_READING.length).toBeGreaterThanOrEqual(READING_MAX);
  });

  test.each([10, MAX_LIST_ROWS])('%i rows stay within the budget', (rows) => {
    const card = worstListCard(rows);
    expect(cardSizeBytes(card)).toBeLessThan(BUDGET);
  });

  test('MAX_LIST_ROWS is the largest multiple of 5 that fits', () => {
    expect(cardSizeBytes(worstListCard(MAX_LIST_ROWS + 5))).toBeGreaterThan(BUDGET);
  });

  test('cardSizeBytes counts UTF-8 bytes, not characters', () => {
    expect(cardSizeBytes({ t: '⚠️' })).toBe(JSON.stringify({ t: '' }).length + 6);
  });
});
