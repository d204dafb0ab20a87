import { EXAMPLES, WELCOME_EXAMPLES } from '../../cards/examples';
import { useTestHost } from '../support/testHost';
import { postedCards } from '../support/connector';
import { installed, message, submit } from '../../fixtures/activities';
import { walk } from '../../fixtures/cardData';
import { post } from '../support/http';

const NOW = new Date('2026-11-28T12:00:00.000Z');

const started = useTestHost({ now: () => NOW });

/** The data of every Action.Submit the posted cards offer, in order. */
const submitData = () =>
  postedCards(started.connector.posted)
    .flatMap((card) => [...walk(card)])
    .filter((node) => node.type === 'Action.Submit')
    .map((action) => action.data);

/** The one card the bot posted for `activity`. */
async function answer(activity: unknown): Promise<unknown> {
  started.connector.posted.length = 0;
  expect((await post(started.host.messagesUrl, activity)).status).toBe(200);
  const cards = postedCards(started.connector.posted);
  expect(cards).toHaveLength(1);
  return cards[0];
}

/** Where an activity comes from: Teams, or the Playground (its connector path); resolved once the connector listens. */
const from = (client: 'teams' | 'playground', conversationId: string) => ({
  serviceUrl: client === 'teams' ? started.connector.serviceUrl : started.connector.playgroundServiceUrl,
  timeZone: 'Europe/Berlin',
  conversationId,
});

describe('in Teams, sentence buttons are imBack: Teams posts the sentence as the user', () => {
  test.each([
    ['the help card', () => message('help', from('teams', 'a:1teams-help')), EXAMPLES],
    ['the welcome card', () => installed(from('teams', 'a:1teams-welcome')), WELCOME_EXAMPLES],
  ])('%s', async (_, activity, sentences) => {
    await post(started.host.messagesUrl, activity());
    expect(submitData()).toEqual(sentences.map((value) => ({ msteams: { type: 'imBack', value } })));
  });
});

describe('in Microsoft 365 Agents Playground (which cannot send imBack), each is a plain Submit of its sentence', () => {
  test('the welcome card', async () => {
    await post(started.host.messagesUrl, installed(from('playground', 'a:1playground-welcome')));
    expect(submitData()).toEqual(WELCOME_EXAMPLES.map((sentence) => ({ sentence })));
  });

  test("each of the help card's examples, clicked, is answered exactly as the sentence typed", async () => {
    const clicks = from('playground', 'a:1playground-clicks');
    // Typed in a conversation of its own, so that a subscription gets the same number (#1) in both.
    const typing = from('playground', 'a:1playground-typed');
    await post(started.host.messagesUrl, message('help', clicks));
    const buttons = submitData();
    expect(buttons).toEqual(EXAMPLES.map((sentence) => ({ sentence })));

    const answers: unknown[] = [];
    for (const [i, data] of buttons.entries()) {
      const clicked = await answer(submit(data, clicks));
      const typed = await answer(message(EXAMPLES[i]!, typing));
      expect(clicked).toEqual(typed);
      answers.push(clicked);
    }
    // Each its own answer (not, say, the help card for every click).
    expect(new Set(answers.map((card) => JSON.stringify(card))).size).toBe(EXAMPLES.length);
    expect(started.host.logs.filter((line) => line.level !== 'info')).toEqual([]);
  });
});
