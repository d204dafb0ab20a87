import { counts, organization, summaryOf } from '../test/support/summaryFixture';
import { validated } from '../test/cards/cardRules';
import { cardActions, objectsIn, textRunsIn } from '../test/cards/walkCard';
import { cardActionSchema } from './actions';
import { cardSizeBytes } from './expand';
import { TEAMS_MESSAGE_LIMIT_BYTES } from './limits';
import { MAX_SUMMARY_ROWS, summaryCard as renderSummaryCard } from './summaryCard';

const summaryCard = validated(renderSummaryCard);
const NOW = new Date('2026-12-01T12:00:00.000Z');
const input = (summary = summaryOf([organization('Contoso', counts(2, 28)), organization('Fabrikam', counts(0, 22))])) => ({
  summary,
  answer: 'No: 2 of 52 failed, Contoso 2.',
  reading: 'Summary · backups · last 24 hours',
  timeZone: 'Europe/Berlin',
  now: NOW,
});

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
