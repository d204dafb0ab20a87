import { EXAMPLES, contextOf, expectedQuery, type Example } from './fixtures/examples';
import { understand } from './index';

const title = (example: Example) =>
  `"${example.sentence}"${example.context?.timeZone ? ` in ${example.context.timeZone}` : ''}${example.context?.now ? ` at ${example.context.now.toISOString()}` : ''}${example.context?.locale ? ` (${example.context.locale})` : ''}`;

describe('understand: every example sentence means exactly what the table says', () => {
  test('the table is large enough to mean something', () => {
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(450);
  });

  test.each(EXAMPLES.map((example) => [title(example), example] as const))('%s', (_, example) => {
    const context = contextOf(example);
    const result = understand(example.sentence, context);
    expect(result.intent).toBe(example.intent ?? 'query');
    expect(result.query).toEqual(expectedQuery(example));
    expect(result.ignored).toEqual(example.ignored ?? []);
    expect(result.timeZone).toBe(example.timeZone ?? context.timeZone);
    expect(result.jobId).toBe(example.jobId);
    expect(result.unknownOrganization).toEqual(example.unknownOrganization);
    expect(result.question).toEqual(example.question);
    expect(result.countFirst).toBe(example.countFirst);
    expect(result.newestFirst).toBe(example.newestFirst);
    expect(result.timeProblem).toEqual(example.timeProblem);
    if (example.reading !== undefined) expect(result.reading).toBe(example.reading);
  });
});
