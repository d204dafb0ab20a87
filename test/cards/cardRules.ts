import { cardActionSchema } from '../../cards/actions';
import { cardIssues } from './validateCard';
import { executeActions, objectsIn } from './walkCard';

/**
 * The rules every expanded card must keep, asserted in one place:
 * parses and validates in the official library without a message, is version 1.5,
 * has no unexpanded `${…}` binding, and every Action.Execute carries schema-valid data
 * and an Action.Submit fallback with the same data.
 */
export function expectValidCard(card: unknown): void {
  expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
  expect(cardIssues(card)).toEqual([]);
  expect(JSON.stringify(card)).not.toMatch(/\$\{|"\$data"|"\$when"/);
  for (const action of executeActions(card)) {
    const parsed = cardActionSchema.safeParse(action.data);
    expect(parsed.error).toBeUndefined();
    expect(action.verb).toBe(parsed.data?.verb);
    expect(action.fallback).toMatchObject({ type: 'Action.Submit', data: action.data });
  }
  expect(objectsIn(card).filter((o) => o.type === 'Table')).toEqual([]);
}

/** Wraps a card function so every card a test makes is checked by expectValidCard. */
export const validated =
  <Args extends unknown[], Card>(render: (...args: Args) => Card) =>
  (...args: Args): Card => {
    const card = render(...args);
    expectValidCard(card);
    return card;
  };
