import { useTestHost } from '../support/testHost';
import { postedCards } from '../support/connector';
import { message } from '../../fixtures/activities';
import type { Place } from '../../fixtures/activities';
import { cardText, listedJobIds } from '../../fixtures/cardData';
import { post } from '../support/http';
import { simulatorPage } from '../../fixtures/simulatorApi';

const NOW = new Date('2026-11-28T12:00:00.000Z');
const BERLIN_MIDNIGHT = '2026-11-27T23:00:00.000Z';

const started = useTestHost({ now: () => NOW });

describe('a typed sentence is answered with the list card of exactly those jobs', () => {
  test.each<Place>(['personal', 'groupChat', 'channel'])('in a %s', async (place) => {
    const activity = message('show failed jobs today', { place, serviceUrl: started.connector.serviceUrl, timeZone: 'Europe/Berlin' });
    const expected = await simulatorPage(started.host.simulator, { startTime: BERLIN_MIDNIGHT, finishTime: NOW.toISOString(), status: 4 });

    const response = await post(started.host.messagesUrl, activity);

    expect(response.status).toBe(200);
    expect(expected.jobs.length).toBeGreaterThan(0);
    const [typing, reply] = started.connector.posted;
    expect(typing?.activity.type).toBe('typing');
    expect(reply?.conversationId).toBe(activity.conversation.id);
    expect(reply?.replyToId).toBe(activity.id);
    const [card] = postedCards(started.connector.posted);
    expect(listedJobIds(card)).toEqual(expected.jobs.map((job) => job.jobId));
    expect(cardText(card)).toContain(`${expected.totalCount} job`);
    expect(cardText(card)).toMatch(/Berlin/);
  });
});

describe('the conversation remembers its last query in Table Storage', () => {
  const conversationId = 'a:1paging/chat#1';
  const options = { serviceUrl: '', conversationId, timeZone: 'Europe/Berlin' };

  test('"next" and "previous" continue the last list', async () => {
    const opts = { ...options, serviceUrl: started.connector.serviceUrl };
    const filter = { startTime: '2026-11-21T12:00:00.000Z', finishTime: NOW.toISOString(), pageSize: 5 };
    const [page1, page2] = await Promise.all([
      simulatorPage(started.host.simulator, { ...filter, pageIndex: 1 }),
      simulatorPage(started.host.simulator, { ...filter, pageIndex: 2 }),
    ]);

    await post(started.host.messagesUrl, message('top 5 jobs', opts));
    await post(started.host.messagesUrl, message('next', opts));
    await expect(started.host.conversations.get(conversationId)).resolves.toMatchObject({ query: { page: 2, pageSize: 5 } });
    await post(started.host.messagesUrl, message('previous', opts));

    const cards = postedCards(started.connector.posted);
    expect(cards.map(listedJobIds)).toEqual([page1, page2, page1].map((page) => page.jobs.map((job) => job.jobId)));
  });

  test('"next" with nothing to continue explains and shows help', async () => {
    await post(started.host.messagesUrl, message('next', { serviceUrl: started.connector.serviceUrl, conversationId: 'a:1fresh-chat' }));
    const texts = started.connector.posted.map((p) => p.activity.text).filter(Boolean);
    expect(texts.join(' ')).toMatch(/no earlier list/i);
    expect(postedCards(started.connector.posted)).toHaveLength(1);
  });
});

describe('what the reply says about reading the sentence', () => {
  test('without a time zone from Teams, UTC is used and the card says so', async () => {
    await post(started.host.messagesUrl, message('failed jobs today', { serviceUrl: started.connector.serviceUrl }));
    const [card] = postedCards(started.connector.posted);
    expect(cardText(card)).toMatch(/UTC.*not sent/);
  });

  test('a sentence with nothing understood gets help that lists the ignored words', async () => {
    await post(started.host.messagesUrl, message('frobnicate wibble', { serviceUrl: started.connector.serviceUrl }));
    const [card] = postedCards(started.connector.posted);
    expect(cardText(card)).toMatch(/frobnicate/);
    expect(listedJobIds(card)).toEqual([]);
  });

  test('a greeting gets a hint and the help card', async () => {
    await post(started.host.messagesUrl, message('hello', { serviceUrl: started.connector.serviceUrl }));
    expect(started.connector.posted.map((p) => p.activity.type)).toEqual(['typing', 'message', 'message']);
    expect(postedCards(started.connector.posted)).toHaveLength(1);
  });

  test('"job <id>" of an unknown job answers in a short text', async () => {
    await post(started.host.messagesUrl, message('job DBIE20261128120000000', { serviceUrl: started.connector.serviceUrl }));
    const texts = started.connector.posted.map((p) => p.activity.text).filter(Boolean);
    expect(texts.join(' ')).toMatch(/no job/i);
  });
});
