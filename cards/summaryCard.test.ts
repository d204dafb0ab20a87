import { counts, organization, summaryOf } from '../test/support/summaryFixture';
import { validated } from '../test/cards/cardRules';
import { cardActions, objectsIn, textRunsIn } from '../test/cards/walkCard';
import { cardActionSchema } from './actions';
import { cardSizeBytes } from './expand';
import { TEAMS_MESSAGE_LIMIT_BYTES } from './limits';
import { MAX_SUMMARY_ROWS, MAX_SUMMARY_ROWS_WITH_TREND, summaryCard as renderSummaryCard } from './summaryCard';

const summaryCard = validated(renderSummaryCard);
const NOW = new Date('2026-12-01T12:00:00.000Z');
const input = (summary = summaryOf([organization('Contoso', counts(2, 28)), organization('Fabrikam', counts(0, 22))])) => ({
  summary,
  answer: 'No: 2 of 52 failed, Contoso 2.',
  reading: 'Summary · backups · last 24 hours',
  timeZone: 'Europe/Berlin',
  now: NOW,
});

/** A week of days (Berlin), as the service counts them for "this week". */
const week = (failed: (i: number) => number = (i) => i % 3) =>
  Array.from({ length: 7 }, (_, i) => ({
    day: `2026-11-${String(23 + i).padStart(2, '0')}`,
    startTime: new Date(Date.UTC(2026, 10, 22 + i, 23)).toISOString(),
    endTime: new Date(Date.UTC(2026, 10, 23 + i, 23)).toISOString(),
    failed: failed(i),
    finished: 10 + i,
  }));

const charts = (card: unknown) => objectsIn(card).filter((o) => typeof o.type === 'string' && o.type.startsWith('Chart.'));

describe('the summary card', () => {
  test('leads with the answer, then totals over the range, then one row per organisation', () => {
    const card = summaryCard(input());
    const texts = textRunsIn(card);
    expect(texts[0]).toBe('No: 2 of 52 failed, Contoso 2.');
    expect(JSON.stringify(card)).toContain('❌ 2 failed');
    expect(texts).toEqual(expect.arrayContaining(['Contoso', 'Fabrikam']));
  });

  test('offers Show failures (a new list card), a drill-down per organisation and Refresh in place', () => {
    const card = summaryCard(input());
    const titles = cardActions(card).map((action) => action.title);
    expect(titles).toEqual(['Show failures', '↻ Refresh']);
    const [failures, refresh] = cardActions(card);
    expect(failures).toMatchObject({
      type: 'Action.Submit',
      data: { verb: 'page', query: { statuses: [4, 7], startTime: '2026-11-30T12:00:00.000Z' } },
    });
    expect(refresh).toMatchObject({ type: 'Action.Execute', verb: 'summary' });
    const drillDowns = objectsIn(card).filter((o) => o.type === 'Action.Submit' && (o.title as string).startsWith('Jobs of'));
    expect(drillDowns).toHaveLength(2);
    for (const action of [failures, ...drillDowns]) expect(cardActionSchema.safeParse(action!.data).success).toBe(true);
  });

  test('without failures there is nothing to show, only Refresh', () => {
    const card = summaryCard(input(summaryOf([organization('Contoso', counts(0, 5))])));
    expect(cardActions(card).map((action) => action.title)).toEqual(['↻ Refresh']);
  });

  test('a stale organisation is flagged with its last successful backup and the RPO', () => {
    const stale = organization('Wingtip', counts(), {
      stale: true,
      lastSuccessfulBackup: '2026-11-29T20:00:00.000Z',
      hoursSinceSuccessfulBackup: 40,
    });
    const card = summaryCard(input(summaryOf([stale])));
    expect(JSON.stringify(card)).toContain('⚠️ Last successful backup 29 Nov 21:00 (1 d 16 h ago): older than 24 h');
  });

  test('shows the status split as a donut, with the same numbers in words for clients without charts', () => {
    const [donut, ...others] = charts(summaryCard(input()));
    expect(others).toEqual([]);
    expect(donut).toMatchObject({
      type: 'Chart.Donut',
      data: [
        { legend: 'Failed', value: 2, color: 'attention' },
        { legend: 'Finished', value: 50, color: 'good' },
      ],
      fallback: { type: 'RichTextBlock', inlines: [{ text: 'Failed 2 (3.8%) · Finished 50 (96.2%)' }] },
    });
  });

  test('a range of 3 days or more adds failed and finished per day as grouped bars, with a text fallback', () => {
    const card = summaryCard({ ...input(summaryOf([organization('Contoso', counts(9, 91))], { daily: week() })) });
    const bars = charts(card).find((chart) => chart.type === 'Chart.VerticalBar.Grouped');
    expect(bars).toMatchObject({
      xAxisTitle: 'Day (Europe/Berlin)',
      data: [
        {
          legend: 'Failed',
          color: 'attention',
          values: expect.arrayContaining([
            { x: '23 Nov', y: 0 },
            { x: '24 Nov', y: 1 },
          ]),
        },
        { legend: 'Finished', color: 'good', values: expect.arrayContaining([{ x: '29 Nov', y: 16 }]) },
      ],
    });
    expect(JSON.stringify(bars!.fallback)).toContain('Failed / finished per day: 23 Nov 0/10 · 24 Nov 1/11');
  });

  test('no jobs: no charts, only the words', () => {
    expect(charts(summaryCard(input(summaryOf([organization('Contoso', counts())]))))).toEqual([]);
  });

  test('says the success rate, the change against the period before and the worst record', () => {
    const summary = summaryOf([organization('Contoso', counts(2, 28)), organization('Fabrikam', counts(0, 22))]);
    const texts = textRunsIn(summaryCard(input(summary)));
    expect(texts).toEqual(
      expect.arrayContaining([
        'Success rate 96.2% of 52 jobs that ended (96.2% in the day before).',
        '2 failed: as many as in the day before (2).',
        'Worst record: Contoso, 93.3% finished cleanly (2 failed).',
      ]),
    );
  });

  test(`a month of days and 50 organisations with long names stay under Teams' limit`, () => {
    const names = Array.from({ length: 50 }, (_, i) => `株式会社コントソ製薬ホールディングス国際事業本部 ${i}`);
    const month = Array.from({ length: 31 }, (_, i) => ({
      day: `2026-10-${String(1 + i).padStart(2, '0')}`,
      startTime: new Date(Date.UTC(2026, 9, 1 + i)).toISOString(),
      endTime: new Date(Date.UTC(2026, 9, 2 + i)).toISOString(),
      failed: 1234,
      finished: 56789,
    }));
    const many = summaryOf(
      names.map((name, i) =>
        organization(name, counts(1 + (i % 3), 100, 1, 1), {
          organizationId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
          stale: i % 2 === 0,
        }),
      ),
      { daily: month, byStatus: counts(99999, 999999, 99999, 99999), totalCount: 1299996 },
    );
    const card = summaryCard({
      ...input(many),
      answer: 'x'.repeat(600),
      reading: 'x'.repeat(500),
      timeZone: 'America/Argentina/ComodRivadavia',
    });
    expect(charts(card)).toHaveLength(2);
    expect(cardSizeBytes(card)).toBeLessThan(TEAMS_MESSAGE_LIMIT_BYTES - 3 * 1024);
    expect(JSON.stringify(card)).toContain(`${50 - MAX_SUMMARY_ROWS_WITH_TREND} more organisations: `);
  });

  test(`50 organisations with long names stay under Teams' limit; rows past ${MAX_SUMMARY_ROWS} are summed up`, () => {
    const names = Array.from({ length: 50 }, (_, i) => `株式会社コントソ製薬ホールディングス国際事業本部 ${i}`);
    const many = summaryOf(
      names.map((name, i) =>
        organization(name, counts(i % 3, 100, 1, 1), {
          organizationId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
          stale: i % 2 === 0,
        }),
      ),
    );
    const card = summaryCard({ ...input(many), reading: 'x'.repeat(500), timeZone: 'America/Argentina/ComodRivadavia' });
    expect(cardSizeBytes(card)).toBeLessThan(TEAMS_MESSAGE_LIMIT_BYTES - 3 * 1024);
    expect(JSON.stringify(card)).toContain(`${50 - MAX_SUMMARY_ROWS} more organisations: `);
  });
});
