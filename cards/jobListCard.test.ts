import { JobStatus } from '../jobs/enums';
import type { Job } from '../jobs/model';
import { jobListCard as renderJobListCard } from './index';
import type { JobListInput } from './index';
import { READING_MAX } from './actions';
import { validated } from '../test/cards/cardRules';
import { LONG_READING, ORGANIZATIONS, fixtureJob, fixturePage, fixtureQuery } from '../fixtures/jobs';
import { executeActions, objectsIn, textRunsIn, textsIn } from '../test/cards/walkCard';

const jobListCard = validated(renderJobListCard);

const NOW = new Date('2026-11-28T15:45:00Z');

function listInput(overrides: Partial<JobListInput> = {}): JobListInput {
  const query = overrides.query ?? fixtureQuery();
  return {
    page: fixturePage(query, query.pageSize, 42),
    query,
    reading: 'failed backups since Monday',
    timeZone: 'Europe/Amsterdam',
    timeZoneIsFallback: false,
    now: NOW,
    ...overrides,
  };
}

/** Rows are the elements with a select action (every one, even a row that opens nothing has `selectAction: null`). */
const rowsOf = (card: unknown) => objectsIn(card).filter((o) => o.type === 'ColumnSet' && 'selectAction' in o);
const pagingOf = (card: { actions?: unknown[] }) => (card.actions ?? []) as { title: string; data: { query: { page: number } } }[];

describe('job list card', () => {
  test('a full page is a valid card with one row (a ColumnSet, never a Table) per job', () => {
    const card = jobListCard(listInput());
    expect(rowsOf(card)).toHaveLength(10);
  });

  test('the header echoes the reading and the time zone', () => {
    const texts = textsIn(jobListCard(listInput()));
    expect(texts[0]).toContain('failed backups since Monday');
    expect(texts[1]).toContain('Times in Europe/Amsterdam');
  });

  test('a fallback zone says that Teams sent none', () => {
    const texts = textsIn(jobListCard(listInput({ timeZone: 'UTC', timeZoneIsFallback: true })));
    expect(texts[1]).toContain('UTC (your Teams time zone was not sent)');
  });

  test('an unknown zone falls back to UTC and says so', () => {
    const texts = textsIn(jobListCard(listInput({ timeZone: 'Mars/Olympus_Mons' })));
    expect(texts[1]).toContain('UTC (unknown time zone Mars/Olympus_Mons)');
  });

  test('chip counts equal the jobs on the page by status', () => {
    const input = listInput();
    const chips = textsIn(jobListCard(input)).filter((text) => /^\S+ \d+ [a-z ]+$/.test(text));
    const count = (status: number) => input.page.jobs.filter((job) => job.status === status).length;
    expect(chips).toEqual([
      `❌ ${count(JobStatus.failed)} failed`,
      `⏳ ${count(JobStatus.inProgress)} in progress`,
      `⚠️ ${count(JobStatus.finishedWithException)} finished with exception`,
      `✅ ${count(JobStatus.finished)} finished`,
    ]);
  });

  test('chips that count only this page of a larger range say so', () => {
    const partial = listInput();
    expect(partial.page.totalCount).toBeGreaterThan(partial.page.jobs.length);
    expect(textsIn(jobListCard(partial))).toContain('This page:');
    const whole = listInput({ page: { ...partial.page, totalCount: partial.page.jobs.length } });
    expect(textsIn(jobListCard(whole))).not.toContain('This page:');
  });

  test('only failed chips are coloured (Attention); the others keep the default text colour, which passes contrast', () => {
    const colours = objectsIn(jobListCard(listInput()))
      .filter((o) => o.type === 'TextBlock' && o.weight === 'Bolder' && o.size === 'Small')
      .map((o) => o.color);
    expect(colours).toEqual(['Attention', 'Default', 'Default', 'Default']);
  });

  test('a row shows icon, status, organisation, type, start time in the zone, duration and size', () => {
    const job = fixtureJob(0, { startTime: '2026-11-28T13:02:00.000Z', durationHours: 1.5, backupSize: 2.5 * 1024 ** 3 });
    const query = fixtureQuery();
    const card = jobListCard(listInput({ query, page: { totalCount: 1, pageIndex: 1, pageSize: 10, nextLink: null, jobs: [job] } }));
    const texts = textsIn(rowsOf(card));
    expect(texts).toEqual(['❌', 'Contoso Pharmaceuticals International H…', 'Failed · Backup · 28 Nov 14:02 · 1 h 30 min · 2.5 GB']);
  });

  test('start times follow the given zone', () => {
    const job = fixtureJob(0, { startTime: '2026-11-28T13:02:00.000Z' });
    const page = { totalCount: 1, pageIndex: 1, pageSize: 10, nextLink: null, jobs: [job] };
    const timeIn = (timeZone: string) => textsIn(rowsOf(jobListCard(listInput({ page, timeZone }))))[2]?.split(' · ')[2];
    expect(timeIn('UTC')).toBe('28 Nov 13:02');
    expect(timeIn('America/New_York')).toBe('28 Nov 08:02');
    expect(timeIn('Asia/Kolkata')).toBe('28 Nov 18:32');
  });

  test('each row opens the job detail with an Action.Execute carrying only the job id', () => {
    const input = listInput();
    const rows = rowsOf(jobListCard(input));
    expect(rows).toHaveLength(input.page.jobs.length);
    expect(rows.map((row) => row.selectAction)).toEqual(
      input.page.jobs.map((job) => ({ type: 'Action.Execute', verb: 'detail', data: { jobId: job.jobId } })),
    );
  });

  test('a row is small: its JSON stays under 600 bytes with the longest words and a name over the cap', () => {
    const job = fixtureJob(2, {
      status: JobStatus.finishedWithException,
      durationHours: 23.99,
      backupSize: 1023.9 * 1024 ** 3,
      organizationName: 'W'.repeat(300),
    });
    const [row] = rowsOf(jobListCard(listInput({ page: { totalCount: 1, pageIndex: 1, pageSize: 10, nextLink: null, jobs: [job] } })));
    expect(Buffer.byteLength(JSON.stringify(row), 'utf8')).toBeLessThan(600);
  });

  test('nulls in job fields do not throw and show a dash', () => {
    const broken = {
      ...fixtureJob(1),
      organizationName: null,
      startTime: null,
      durationHours: null,
      backupSize: null,
      status: null,
      type: null,
      jobId: null,
    } as unknown as Job;
    const card = jobListCard(listInput({ page: { totalCount: 1, pageIndex: 1, pageSize: 10, nextLink: null, jobs: [broken] } }));
    expect(textsIn(card)).toContain('Status unknown · Type unknown · — · — · —');
    expect(rowsOf(card).map((row) => row.selectAction)).toEqual([null]);
  });

  test('a job id too long for the action data gives a row that opens nothing', () => {
    const job = fixtureJob(3, { jobId: 'D'.repeat(101) });
    const card = jobListCard(listInput({ page: { totalCount: 1, pageIndex: 1, pageSize: 10, nextLink: null, jobs: [job] } }));
    expect(rowsOf(card).map((row) => row.selectAction)).toEqual([null]);
  });

  test('long names are cut to ROW_NAME_MAX_BYTES and, like the reading and zone, shown literally in TextRuns (no markdown)', () => {
    const job = fixtureJob(2, { organizationName: `${ORGANIZATIONS[2]!.name} ${'x'.repeat(300)}` });
    const card = jobListCard(
      listInput({ reading: '**bold** org [x](y)', page: { totalCount: 1, pageIndex: 1, pageSize: 10, nextLink: null, jobs: [job] } }),
    );
    expect(textRunsIn(card)).toEqual([
      '**bold** org [x](y)',
      'Times in Europe/Amsterdam · jobs since Sun 22 Nov · as of 28 Nov 16:45',
      'Northwind_Traders *Wholesale* [Producti…',
    ]);
    const textBlocks = objectsIn(card)
      .filter((o) => o.type === 'TextBlock')
      .map((o) => String(o.text));
    expect(textBlocks.filter((text) => /Wholesale|bold|Amsterdam/.test(text))).toEqual([]);
  });

  test('an empty page says no jobs match the reading and has no rows or chips', () => {
    const query = fixtureQuery();
    const card = jobListCard(listInput({ query, page: { totalCount: 0, pageIndex: 1, pageSize: 10, nextLink: null, jobs: [] } }));
    expect(rowsOf(card)).toEqual([]);
    expect(textsIn(card)).toContain('No jobs match “failed backups since Monday”. Try a wider time range, e.g. “failed jobs this month”.');
    expect(textsIn(card)).toContain('Page 1 of 1 · 0 jobs');
    expect(pagingOf(card)).toEqual([]);
  });

  test('the first page of several has only Next, pointing at page 2', () => {
    const card = jobListCard(listInput());
    expect(pagingOf(card).map((a) => [a.title, a.data.query.page])).toEqual([['Next ▶', 2]]);
    expect(textsIn(card)).toContain('Page 1 of 5 · 42 jobs');
  });

  test('a middle page has Previous and Next', () => {
    const query = fixtureQuery({ page: 3 });
    const card = jobListCard(listInput({ query, page: fixturePage(query, 10, 42) }));
    expect(pagingOf(card).map((a) => [a.title, a.data.query.page])).toEqual([
      ['◀ Previous', 2],
      ['Next ▶', 4],
    ]);
  });

  test('the last page has no Next', () => {
    const query = fixtureQuery({ page: 5 });
    const card = jobListCard(listInput({ query, page: fixturePage(query, 2, 42) }));
    expect(pagingOf(card).map((a) => a.title)).toEqual(['◀ Previous']);
    expect(textsIn(card)).toContain('Page 5 of 5 · 42 jobs');
  });

  test('"next" past the last page says the list ended there, never "No jobs match"', () => {
    const query = fixtureQuery({ page: 6 });
    const card = jobListCard(listInput({ query, page: { totalCount: 42, pageIndex: 6, pageSize: 10, nextLink: null, jobs: [] } }));
    expect(textsIn(card)).toContain(
      'That was the last page: “failed backups since Monday” has 42 jobs on 5 pages. Say “previous” to go back.',
    );
    expect(textsIn(card)).toContain('Past the last page (5) · 42 jobs');
    expect(textsIn(card).join('\n')).not.toMatch(/No jobs match|Page 6 of 6/);
    expect(pagingOf(card).map((a) => [a.title, a.data.query.page])).toEqual([['◀ Previous', 5]]);
  });

  test('every list card states the range it covers, whatever the reading says', () => {
    const query = fixtureQuery({ startTime: '2026-11-27T23:00:00.000Z', endTime: NOW.toISOString() });
    const texts = textsIn(jobListCard(listInput({ query, reading: 'failed jobs' })));
    expect(texts[1]).toBe('Times in Europe/Amsterdam · jobs since today 00:00 · as of 28 Nov 16:45');
  });

  test('paging data keeps everything but the page', () => {
    const input = listInput();
    const next = executeActions(jobListCard(input)).find((a) => a.verb === 'page');
    expect(next?.data).toEqual({ verb: 'page', query: { ...input.query, page: 2 }, reading: input.reading, timeZone: input.timeZone });
  });

  test('a long reading is cut to READING_MAX characters in paging data', () => {
    const data = executeActions(jobListCard(listInput({ reading: LONG_READING })))
      .filter((a) => a.verb === 'page')
      .map((a) => a.data as { reading: string });
    expect(data.length).toBeGreaterThan(0);
    for (const { reading } of data) {
      expect(Array.from(reading)).toHaveLength(READING_MAX);
      expect(LONG_READING.startsWith(reading.slice(0, -1))).toBe(true);
    }
  });
});

describe('job list card of a refined query', () => {
  const refined = (scan: { scanned: number; complete: boolean }) => {
    const input = listInput();
    return textsIn(jobListCard({ ...input, page: { ...input.page, refined: scan } }));
  };

  test('says when the scan stopped at its bound, and how many jobs it looked at', () => {
    expect(refined({ scanned: 10_000, complete: false })).toContain(
      'Looked at the first 10,000 jobs of the range; narrow it for a complete answer',
    );
  });

  test('says nothing about the scan when it read the whole range', () => {
    expect(refined({ scanned: 812, complete: true }).join(' ')).not.toContain('Looked at');
  });
});
