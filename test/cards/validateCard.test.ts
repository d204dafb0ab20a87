import { cardIssues } from './validateCard';

// The card rules rely on this helper; it must fail loudly, not pass everything.
describe('card validation helper', () => {
  test('reports invalid property values, unknown elements and too many actions', () => {
    const actions = Array.from({ length: 6 }, (_, i) => ({ type: 'Action.Submit', title: `a${i}` }));
    const issues = cardIssues({
      type: 'AdaptiveCard',
      version: '1.5',
      body: [{ type: 'TextBlock', text: 'x', color: 'Purple' }, { type: 'Carousel2' }],
      actions,
    });
    expect(issues).toEqual([
      'parse: Invalid value "Purple" for property "color".',
      'parse: Unknown element type "Carousel2". Fallback will be used if present.',
      'validate: Maximum number of actions exceeded (5).',
    ]);
  });

  test('reports nothing for a minimal valid card', () => {
    expect(cardIssues({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'ok' }] })).toEqual([]);
  });
});
