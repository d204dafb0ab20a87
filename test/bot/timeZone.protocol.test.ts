import { useTestHost } from '../support/testHost';
import { postedCards } from '../support/connector';
import { message } from '../../fixtures/activities';
import { cardText } from '../../fixtures/cardData';
import { post } from '../support/http';

const NOW = new Date('2026-11-28T12:00:00.000Z');

const started = useTestHost({ now: () => NOW });

/** A message from one user, from a client that sends no zone unless given (Agents Playground, some Teams clients). */
const say = async (text: string, user: string, timeZone?: string) => {
  started.connector.posted.length = 0;
  const activity = {
    ...message(text, { serviceUrl: started.connector.serviceUrl, ...(timeZone && { timeZone }) }),
    from: { id: `29:1${user}`, name: user },
  };
  expect((await post(started.host.messagesUrl, activity)).status).toBe(200);
  return {
    texts: started.connector.posted.map((p) => p.activity.text).filter((t): t is string => typeof t === 'string'),
    cards: postedCards(started.connector.posted).map(cardText),
  };
};

describe('a user whose client sends no time zone can set one, kept in Table Storage', () => {
  test('offered once, set by a sentence, then used for "today" and every card until the client sends its own', async () => {
    const first = await say('failed jobs today', 'ada');
    expect(first.cards[0]).toMatch(/UTC \(your Teams time zone was not sent\).*jobs since today 00:00/s);
    expect(first.texts).toEqual([expect.stringContaining('Say “my time zone is Europe/Berlin”')]);

    const second = await say('failed jobs yesterday', 'ada');
    expect(second.texts).toEqual([]);

    const set = await say('my time zone is Europe/Berlin', 'ada');
    expect(set.texts).toEqual([expect.stringMatching(/^Your time zone is now Europe\/Berlin/)]);
    expect(set.cards).toEqual([]);

    // 12:00 UTC is 13:00 in Berlin: "today" starts at Berlin's midnight, and the card says which zone.
    const after = await say('failed jobs today', 'ada');
    expect(after.cards[0]).toMatch(/Times in Europe\/Berlin · jobs since today 00:00/);
    expect(after.texts).toEqual([]);
    const raw = JSON.stringify(postedCards(started.connector.posted)[0]);
    if (raw.includes('"verb":"page"')) expect(raw).toContain('"startTime":"2026-11-27T23:00:00.000Z"');

    // The client's zone, when sent, goes first.
    const fromClient = await say('failed jobs today', 'ada', 'America/New_York');
    expect(fromClient.cards[0]).toMatch(/Times in America\/New_York/);
  });

  test('the zone is per user: another user in the same chat still gets UTC and their own one-time offer', async () => {
    const other = await say('failed jobs today', 'bob');
    expect(other.cards[0]).toMatch(/UTC \(your Teams time zone was not sent\)/);
    expect(other.texts).toHaveLength(1);
  });

  test('a name that is no zone is said back, and nothing changes', async () => {
    const unknown = await say('set my time zone to Mars/Olympus_Mons', 'carol');
    expect(unknown.texts).toEqual([expect.stringContaining('I do not know the time zone “Mars/Olympus_Mons”')]);
    const next = await say('failed jobs today', 'carol');
    expect(next.cards[0]).toMatch(/UTC \(your Teams time zone was not sent\)/);
  });
});
