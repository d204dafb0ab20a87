import { cardActionSchema } from '../../cards/actions';
import { cardIssues } from './validateCard';
import { cardActions, executeActions, objectsIn } from './walkCard';

/**
 * The rules every expanded card must keep, asserted in one place:
 * parses and validates in the official library without a message, is version 1.5,
 * has no unexpanded `${…}` binding, and every Action.Execute carries schema-valid data for its
 * verb. Card-level Execute actions have an Action.Submit fallback with the same data (verb
 * included); select actions have none, as renderers never apply a selectAction's fallback. Text is
 * coloured Default or Attention only. Teams' Chart.* elements carry a fallback element for clients without charts.
 */
export function expectValidCard(card: unknown): void {
  expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
  expect(cardIssues(card)).toEqual([]);
  expect(JSON.stringify(card)).not.toMatch(/\$\{|"\$data"|"\$when"/);
  const cardLevel = new Set(cardActions(card));
  for (const action of executeActions(card)) {
    const parsed = cardActionSchema.safeParse({ ...(action.data as object), verb: action.verb });
    expect(parsed.error).toBeUndefined();
    if (cardLevel.has(action)) {
      expect(action.fallback).toMatchObject({ type: 'Action.Submit', data: action.data });
      expect((action.data as { verb?: unknown }).verb).toBe(action.verb);
    } else {
      expect(action.fallback).toBeUndefined();
    }
  }
  expect(objectsIn(card).filter((o) => o.type === 'Table')).toEqual([]);
  // Good, Warning and Accent text fail WCAG AA contrast in some themes (cards/status.ts says which).
  const texts = objectsIn(card).filter((o) => o.type === 'TextBlock' || o.type === 'TextRun');
  expect(texts.filter((o) => o.color !== undefined && !LEGIBLE_COLORS.has(o.color as string))).toEqual([]);
  // Clients without Teams' charts show the fallback: a chart without one would leave a gap.
  for (const chart of objectsIn(card).filter((o) => typeof o.type === 'string' && o.type.startsWith('Chart.'))) {
    expect(chart.fallback).toMatchObject({ type: expect.any(String) });
  }
}

/** Text colours that every Teams theme draws at 4.5:1 or more. */
const LEGIBLE_COLORS = new Set(['Default', 'Attention']);

/** Wraps a card function so every card a test makes is checked by expectValidCard. */
export const validated =
  <Args extends unknown[], Card>(render: (...args: Args) => Card) =>
  (...args: Args): Card => {
    const card = render(...args);
    expectValidCard(card);
    return card;
  };
