import type * as AdaptiveCards from 'adaptivecards';

// The package's `main` is an ES module build with extensionless imports that Node cannot load;
// its UMD bundle loads in Node and parses/validates without a DOM (rendering is never called).
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a file path without types, loaded as CommonJS on purpose.
const AC = require('adaptivecards/dist/adaptivecards.js') as typeof AdaptiveCards;

/**
 * Teams' chart elements are not in the library: it reports them as unknown and parses their
 * fallback instead, which is what a client without charts shows (checked here like any element).
 * cardRules.ts requires every chart to have that fallback.
 */
const TEAMS_CHART = /^parse: Unknown element type "Chart\.[A-Za-z.]+"\. Fallback will be used if present\.$/;

/** Every parse and validation message the official library reports for a card, as Teams' 1.5 would see it. */
export function cardIssues(card: unknown): string[] {
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  const parsed = new AC.AdaptiveCard();
  parsed.parse(card, context);
  const issues: string[] = [];
  for (let i = 0; i < context.eventCount; i++) issues.push(`parse: ${context.getEventAt(i).message}`);
  for (const event of parsed.validateProperties().validationEvents) issues.push(`validate: ${event.message}`);
  return issues.filter((issue) => !TEAMS_CHART.test(issue));
}
