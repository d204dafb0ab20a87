import { EXAMPLES, contextOf, expectedQuery, type Example } from './fixtures/examples';
import { understand } from './index';

const title = (example: Example) =>
  `"${example.sentence}"${example.context?.timeZone ? ` in ${example.context.timeZone}` : ''}${example.context?.now ? ` at ${example.context.now.toISOString()}` : ''}${example.context?.locale ? ` (${example.context.locale})` : ''}`;

describe('understand: every example sentence means exactly what the table says', () => {
  test('the table is large enough to mean something', () => {
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(1000);
  });

  test.each(EXAMPLES.map((example) => [title(example), example] as const))('%s', (_, example) => {
    const context = contextOf(example);
    const result = understand(example.sentence, context);
    // Words that cannot be used turn a query or summary into a question back; help stays help.
    const unusable = (example.ignored ?? []).length > 0 || example.unknownOrganization !== undefined;
    const intent = example.intent ?? 'query';
    expect(result.intent).toBe(unusable && intent !== 'help' ? 'clarify' : intent);
    if (result.intent === 'clarify') expect(result.clarification?.message).toMatch(/\S/);
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
