import { useTestHost } from '../support/testHost';
import { postedCards } from '../support/connector';
import { TENANT, botAdded, execute, installed, message } from '../../fixtures/activities';
import type { Place } from '../../fixtures/activities';
import { cardText, listedJobIds } from '../../fixtures/cardData';
import { post } from '../support/http';

const NOW = new Date('2026-11-28T12:00:00.000Z');
const OTHER_TENANT = '0b5e0c1d-9999-4a4a-8b8b-123456789abc';

const started = useTestHost({ now: () => NOW, settings: { BOT_ALLOWED_TENANTS: TENANT } });

describe('installation: exactly one welcome per install', () => {
  // Teams sends both installationUpdate and a conversationUpdate adding the bot, in either order.
  test.each<Place>(['personal', 'groupChat', 'channel'])('in a %s, both install events give one welcome card', async (place) => {
    const options = { serviceUrl: started.connector.serviceUrl, place };
    const responses = [await post(started.host.messagesUrl, botAdded(options)), await post(started.host.messagesUrl, installed(options))];
    expect(responses.map((r) => r.status)).toEqual([200, 200]);
    const cards = postedCards(started.connector.posted);
    expect(cards).toHaveLength(1);
    expect(cardText(cards[0])).toMatch(/^Hi!/);
    expect(started.connector.posted[0]?.conversationId).toBe(installed(options).conversation.id);
  });

  test('a reinstall (installationUpdate alone: Teams sends no second conversationUpdate in a personal chat) welcomes again', async () => {
    await post(started.host.messagesUrl, installed({ serviceUrl: started.connector.serviceUrl }));
    expect(postedCards(started.connector.posted)).toHaveLength(1);
  });

  test('someone else joining says nothing', async () => {
    const activity = { ...botAdded({ serviceUrl: started.connector.serviceUrl }), membersAdded: [{ id: '29:someone-else' }] };
    expect((await post(started.host.messagesUrl, activity)).status).toBe(200);
    expect(started.connector.posted).toEqual([]);
  });
});

describe('BOT_ALLOWED_TENANTS', () => {
  test('a message from another tenant gets the refusal and no data, and AvePoint is not asked', async () => {
    const before = started.host.simulator.stats.apiRequests;
    await post(
      started.host.messagesUrl,
      message('failed jobs today', { serviceUrl: started.connector.serviceUrl, tenantId: OTHER_TENANT }),
    );
    const cards = postedCards(started.connector.posted);
    expect(cards).toHaveLength(1);
    expect(listedJobIds(cards[0])).toEqual([]);
    expect(started.host.simulator.stats.apiRequests).toBe(before);
  });

  test('a card action from another tenant is answered with the refusal card', async () => {
    const data = { verb: 'page', query: {}, reading: '', timeZone: 'UTC' };
    const response = await post(
      started.host.messagesUrl,
      execute({ verb: 'page', data }, { serviceUrl: started.connector.serviceUrl, tenantId: OTHER_TENANT }),
    );
    expect(response.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    expect(cardText((response.body as { value: unknown }).value)).not.toBe('');
  });

  test('installation in another tenant gets the refusal, not the welcome', async () => {
    await post(started.host.messagesUrl, installed({ serviceUrl: started.connector.serviceUrl, tenantId: OTHER_TENANT }));
    const welcome = postedCards(started.connector.posted);
    started.connector.posted.length = 0;
    await post(
      started.host.messagesUrl,
      message('failed jobs today', { serviceUrl: started.connector.serviceUrl, tenantId: OTHER_TENANT }),
    );
    expect(welcome).toEqual(postedCards(started.connector.posted));
  });

  test('the allowed tenant is served', async () => {
    await post(started.host.messagesUrl, message('jobs this week', { serviceUrl: started.connector.serviceUrl, tenantId: TENANT }));
    expect(listedJobIds(postedCards(started.connector.posted)[0]).length).toBeGreaterThan(0);
  });
});

describe('requests that are not activities', () => {
  test.each([
    ['not JSON', '{"type": "message",'],
    ['JSON that is not an object', '[1,2]'],
    ['an object without type', { conversation: { id: 'x' }, serviceUrl: 'http://127.0.0.1/' }],
    ['an activity without a conversation', { type: 'message', serviceUrl: 'http://127.0.0.1/', channelId: 'msteams' }],
  ])('%s → 400, nothing posted', async (_, body) => {
    const response = await post(started.host.messagesUrl, body);
    expect(response.status).toBe(400);
    expect(started.connector.posted).toEqual([]);
  });
});

describe('without an app id (nothing authenticated) the bot replies only to loopback', () => {
  // `.invalid` never resolves (RFC 6761): even a regression sends no traffic off this machine.
  test.each(['https://smba.trafficmanager.invalid/amer/', 'http://127.0.0.1.connector.invalid/'])(
    'an activity naming serviceUrl %s → 403, nothing posted, nothing sent there',
    async (serviceUrl) => {
      const response = await post(started.host.messagesUrl, message('failed jobs today', { serviceUrl }));
      expect(response.status).toBe(403);
      expect(response.body).toMatchObject({ status: 403 });
      expect(started.host.logs.some((l) => l.message.includes('loopback service URLs only'))).toBe(true);
    },
  );
});

describe("activities botbuilder cannot process are the sender's fault: 400, never 500", () => {
  const activity = () => message('failed jobs today', { serviceUrl: started.connector.serviceUrl });
  test.each([
    ['a numeric id', { id: 1 }],
    ['an object id', { id: {} }],
    ['a numeric from.id', { from: { id: 1 } }],
    ['a numeric from.name', { from: { id: '29:1', name: 7 } }],
    ['an object recipient.id', { recipient: { id: {} } }],
    ['a numeric conversation.name', { conversation: { id: 'a:1', name: 7 } }],
    ['a string conversation.isGroup', { conversation: { id: 'a:1', isGroup: 'yes' } }],
    ['a numeric serviceUrl', { serviceUrl: 1 }],
    ['a numeric channelId', { channelId: 1 }],
    ['a numeric type', { type: 1 }],
    ['a numeric locale', { locale: 1 }],
    // botbuilder puts the conversation id in a header and in the saved reference: only printable, bounded ids.
    ['a conversation id with an emoji', { conversation: { id: 'a:1chat-🔥' } }],
    ['a conversation id with NUL', { conversation: { id: 'a:1chat\u0000x' } }],
    ['a conversation id with DEL', { conversation: { id: 'a:1chat\u007fx' } }],
    ['a conversation id with a lone surrogate', { conversation: { id: 'a:1chat\ud800x' } }],
    ['a conversation id with a line break', { conversation: { id: 'a:1chat\r\nx-injected: 1' } }],
    ['a conversation id over 512 characters', { conversation: { id: `a:1${'x'.repeat(700)}` } }],
    // Two tenant fields that disagree: neither may win.
    ['conversation.tenantId and channelData.tenant.id that differ', { channelData: { tenant: { id: OTHER_TENANT } } }],
  ])('%s → 400, nothing posted', async (_, change) => {
    const response = await post(started.host.messagesUrl, { ...activity(), ...change });
    expect(response.status).toBe(400);
    expect(started.connector.posted).toEqual([]);
  });

  test.each([
    ['no id, no sender', { id: undefined, from: undefined }],
    ['null names and group flag', { from: { id: '29:1', name: null }, conversation: { id: 'a:1', isGroup: null } }],
    ['unknown extra fields', { futureField: { anything: [1, 'two'] }, from: { id: '29:1', futureField: 3 } }],
    ['a conversation id of 512 printable characters', { conversation: { id: `a:1${'x'.repeat(509)}`, tenantId: TENANT } }],
    ['tenant fields that differ only in case', { channelData: { tenant: { id: TENANT.toUpperCase() } } }],
  ])('what botbuilder accepts is served: %s', async (_, change) => {
    const response = await post(started.host.messagesUrl, { ...activity(), ...change });
    expect(response.status).toBe(200);
    expect(postedCards(started.connector.posted)).toHaveLength(1);
  });
});
