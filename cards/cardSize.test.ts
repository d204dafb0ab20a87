import { MAX_LIST_ROWS, TEAMS_MESSAGE_LIMIT_BYTES, cardSizeBytes, jobListCard as renderJobListCard } from './index';
import { READING_MAX } from './actions';
import { JobStatus, JobType } from '../jobs/enums';
import { validated } from '../test/cards/cardRules';
import { LONG_READING, fixtureJob, fixturePage, fixtureQuery } from '../fixtures/jobs';

const jobListCard = validated(renderJobListCard);
const NOW = new Date('2026-11-28T15:45:00Z');

/** Names far over the row cap, in a one-byte and a three-byte script. */
const LONG_NAMES = {
  Latin: 'Contoso Pharmaceuticals International Holdings (EMEA) Ltd '.repeat(3),
  CJK: '株式会社コントソ製薬ホールディングス国際事業本部'.repeat(3),
};

/**
 * The heaviest list a page can be: every row with the longest status and type words, the longest
 * duration and size, a name over the cap; a capped long reading, two statuses, an organisation, a long zone.
 */
function worstListCard(rows: number, name: string) {
  const query = fixtureQuery({ page: 2, pageSize: rows });
  const overrides = {
    status: JobStatus.finishedWithException,
    type: JobType.auditBackup,
    durationHours: 23.99,
    backupSize: 1023.9 * 1024 ** 3,
    organizationName: name,
  };
  const jobs = Array.from({ length: rows }, (_, i) => fixtureJob(i, overrides));
  return jobListCard({
    page: { totalCount: rows * 5, pageIndex: 2, pageSize: rows, nextLink: null, jobs },
    query,
    reading: LONG_READING,
    timeZone: 'America/Argentina/ComodRivadavia',
    timeZoneIsFallback: false,
    now: NOW,
  });
}

/** A common list: "failed jobs today" in Berlin, the fixture's mixed rows, first page of several. */
function typicalListCard(rows: number) {
  const query = fixtureQuery({ pageSize: rows, statuses: [JobStatus.failed], organizationId: undefined });
  return jobListCard({
    page: fixturePage(query, rows, rows * 4),
    query,
    reading: 'failed jobs, today',
    timeZone: 'Europe/Berlin',
    timeZoneIsFallback: false,
    now: NOW,
  });
}

// Margin for the rest of the activity (attachment envelope, conversation and recipient ids).
const BUDGET = TEAMS_MESSAGE_LIMIT_BYTES - 3 * 1024;

describe('list card size', () => {
  test('the fixture reading is at least as long as the cap, so sizes are worst case', () => {
    expect(LONG_READING.length).toBeGreaterThanOrEqual(READING_MAX);
  });

  test('MAX_LIST_ROWS is as large as the budget allows: five more worst-case rows would not fit', () => {
    expect(MAX_LIST_ROWS).toBeLessThanOrEqual(50);
    expect(cardSizeBytes(worstListCard(MAX_LIST_ROWS + 5, LONG_NAMES.CJK))).toBeGreaterThan(BUDGET);
  });

  const cases = [10, 25, MAX_LIST_ROWS].flatMap((rows) =>
    Object.entries(LONG_NAMES).map(([script, name]) => [rows, script, name] as const),
  );
  test.each(cases)('%i worst-case rows with %s names stay within the budget', (rows, _, name) => {
    expect(cardSizeBytes(worstListCard(rows, name))).toBeLessThan(BUDGET);
  });

  test.each([10, 25, MAX_LIST_ROWS])('%i typical rows are well within the budget', (rows) => {
    expect(cardSizeBytes(typicalListCard(rows))).toBeLessThan(cardSizeBytes(worstListCard(rows, LONG_NAMES.Latin)));
  });

  test('cardSizeBytes counts UTF-8 bytes, not characters', () => {
    expect(cardSizeBytes({ t: '⚠️' })).toBe(JSON.stringify({ t: '' }).length + 6);
  });
});
