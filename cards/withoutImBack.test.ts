import { EXAMPLES, WELCOME_EXAMPLES } from './examples';
import { errorCard, helpCard, jobListCard, welcomeCard } from './index';
import { sentenceSchema } from './actions';
import { expectValidCard } from '../test/cards/cardRules';
import { fixturePage, fixtureQuery } from '../fixtures/jobs';
import { executeActions, objectsIn, submitActions } from '../test/cards/walkCard';
import { withoutImBack } from './withoutImBack';

const sentencesOf = (card: unknown) => submitActions(card).map((action) => sentenceSchema.parse(action.data));

describe('withoutImBack: every sentence button becomes a plain Submit of its sentence', () => {
  test.each([
    ['the help card (select actions on its example rows)', helpCard(), EXAMPLES],
    ['the welcome card (card actions)', welcomeCard(), WELCOME_EXAMPLES],
    [
      'the error card ("Try again" of a sentence)',
      errorCard({ kind: 'unavailable', retry: { sentence: 'failed jobs for contoso' } }),
      ['failed jobs for contoso'],
    ],
  ])('%s', (_, card, sentences) => {
    const before = JSON.stringify(card);

    const rewritten = withoutImBack(card);

    expect(JSON.stringify(rewritten)).not.toContain('msteams');
    expect(submitActions(rewritten).map((action) => action.data)).toEqual(sentences.map((sentence) => ({ sentence })));
    // Same buttons, same titles, same sentences, read back the same way as the imBack form.
    expect(sentencesOf(rewritten)).toEqual(sentencesOf(card));
    expect(submitActions(rewritten).map((action) => action.title)).toEqual(submitActions(card).map((action) => action.title));
    expectValidCard(rewritten);
    expect(JSON.stringify(card)).toBe(before);
  });

  test('cards without sentence buttons, their Execute actions and Submit fallbacks, are left as they are', () => {
    const query = fixtureQuery();
    const list = jobListCard({
      page: fixturePage(query, 3, 30),
      query,
      reading: 'failed jobs',
      timeZone: 'UTC',
      timeZoneIsFallback: false,
      now: new Date('2026-11-28T12:00:00Z'),
    });
    expect(executeActions(list).length).toBeGreaterThan(0);
    expect(withoutImBack(list)).toEqual(list);
  });

  test('it reaches into any JSON holding cards (an outcome with replies and an invoke answer)', () => {
    const outcome = { replies: [{ kind: 'card', card: welcomeCard() }], invoke: { status: 200, body: { value: helpCard() } } };
    const rewritten = withoutImBack(outcome);
    expect(objectsIn(rewritten).filter((o) => 'msteams' in o)).toEqual([]);
    expect(rewritten.invoke.status).toBe(200);
  });
});
