import fc from 'fast-check';
import { EXAMPLES, contextOf } from './fixtures/examples';
import { understand } from './index';

const context = contextOf({ sentence: '' });
const words = fc.constantFrom(...new Set(EXAMPLES.flatMap((example) => example.sentence.split(' ')).filter((word) => word.length > 0)));
/** Sentences built from the table's own words in random order: many near-misses of real requests. */
const sentences = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.array(words, { maxLength: 10 }).map((list) => list.join(' ')),
);

describe('understand holds its promises for any input', () => {
  test('never throws, and keeps paging within bounds', () => {
    fc.assert(
      fc.property(sentences, fc.integer({ min: 1, max: 100 }), (sentence, maxPageSize) => {
        const { query } = understand(sentence, { ...context, maxPageSize });
        expect(query.pageSize).toBeGreaterThanOrEqual(1);
        expect(query.pageSize).toBeLessThanOrEqual(maxPageSize);
        expect(query.page).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 2000 },
    );
  });

  test('gives a range that starts before it ends, as ISO UTC strings', () => {
    fc.assert(
      fc.property(sentences, (sentence) => {
        const { query } = understand(sentence, context);
        expect(query.startTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
        expect(query.endTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
        expect(Date.parse(query.startTime)).toBeLessThan(Date.parse(query.endTime));
      }),
      { numRuns: 2000 },
    );
  });

  test('asks the service only for what it allows: from 2000 on, up to now, at most 366 days; else says why', () => {
    const now = context.now.getTime();
    fc.assert(
      fc.property(sentences, (sentence) => {
        const { query, timeProblem, intent, question } = understand(sentence, context);
        const [start, end] = [Date.parse(query.startTime), Date.parse(query.endTime)];
        expect(start).toBeGreaterThanOrEqual(Date.UTC(2000, 0, 1));
        expect(end).toBeLessThanOrEqual(now);
        expect(end - start).toBeLessThanOrEqual(366 * 86_400_000);
        // A time that cannot be answered leaves the default window, rolling up to now.
        if (timeProblem) {
          expect(end).toBe(now);
          // A sentence asked back keeps the window of what it was read as; "when" and "latest" look back 30 days.
          const newestJob = question?.kind === 'when' || question?.kind === 'latest';
          const days = newestJob ? [30] : intent === 'clarify' ? [1, 7] : [intent === 'summary' ? 1 : 7];
          expect(days.map((d) => d * 86_400_000)).toContain(end - start);
        }
      }),
      // Counterexamples CI found once are tried on every run.
      { numRuns: 2000, examples: [['recent 1999-05-01 fail?']] },
    );
  });

  test('a question makes a summary, and "count first" stays on a list (either may be asked back)', () => {
    fc.assert(
      fc.property(sentences, (sentence) => {
        const { intent, question, countFirst } = understand(sentence, context);
        if (question) expect(['summary', 'clarify']).toContain(intent);
        if (countFirst) expect(['query', 'clarify']).toContain(intent);
      }),
      { numRuns: 2000 },
    );
  });

  test('is deterministic and reports only words that were typed, in order', () => {
    fc.assert(
      fc.property(sentences, (sentence) => {
        const first = understand(sentence, context);
        expect(understand(sentence, context)).toEqual(first);
        let from = 0;
        for (const word of first.ignored) {
          const at = sentence.indexOf(word, from);
          expect(at).toBeGreaterThanOrEqual(from);
          from = at + word.length;
        }
      }),
      { numRuns: 2000 },
    );
  });
});
