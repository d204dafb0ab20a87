import { counts, organization, summaryOf } from '../test/support/summaryFixture';
import { summaryInsights } from './summaryInsights';
import { successRateOf, worstRecordOf } from './summaryRates';

const CONTOSO = organization('Contoso', counts(3, 7));
const FABRIKAM = organization('Fabrikam', counts(1, 19));

describe('summary insights', () => {
  test('say the success rate, the failures against the period before, and the worst record', () => {
    const summary = summaryOf([CONTOSO, FABRIKAM], {
      previous: {
        startTime: '2026-11-29T12:00:00.000Z',
        endTime: '2026-11-30T12:00:00.000Z',
        totalCount: 30,
        byStatus: counts(1, 29),
        successRate: 0.967,
      },
    });
    expect(summaryInsights(summary)).toEqual([
      'Success rate 86.7% of 30 jobs that ended (96.7% in the day before).',
      '4 failed: 3 more than in the day before (1).',
      'Worst record: Contoso, 70% finished cleanly (3 failed).',
    ]);
  });

  test('a spotless range says its rate only', () => {
    const summary = summaryOf([organization('Contoso', counts(0, 5)), organization('Fabrikam', counts(0, 2))]);
    expect(summaryInsights(summary)).toEqual(['Success rate 100% of 7 jobs that ended (100% in the day before).']);
  });

  test('one organisation asked for is not ranked', () => {
    const summary = summaryOf([CONTOSO], {
      query: {
        type: 1,
        startTime: '2026-11-24T12:00:00.000Z',
        endTime: '2026-12-01T12:00:00.000Z',
        organizationId: CONTOSO.organizationId,
      },
    });
    expect(summaryInsights(summary).join(' ')).not.toContain('Worst record');
    expect(summaryInsights(summary)[0]).toContain('in the 7 days before');
  });
});

describe('rates and ranking', () => {
  test('running jobs have no outcome yet; nothing ended is no rate', () => {
    expect(successRateOf(counts(1, 2, 1, 50))).toBe(0.5);
    expect(successRateOf(counts(0, 0, 0, 3))).toBeNull();
  });

  test('the worst record is the lowest rate, then the most failures, then by name', () => {
    const a = organization('Alpha', counts(1, 1));
    const b = organization('Beta', counts(2, 2));
    expect(worstRecordOf([a, b, FABRIKAM])).toMatchObject({ organizationName: 'Beta', successRate: 0.5, failed: 2 });
    expect(worstRecordOf([organization('Clean', counts(0, 4))])).toBeNull();
  });
});
