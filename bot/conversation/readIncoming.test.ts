import { activitySchema } from '../activitySchema';
import { readIncoming } from './readIncoming';

const base = {
  type: 'message',
  serviceUrl: 'https://smba.trafficmanager.net/emea/',
  channelId: 'msteams',
  conversation: { id: '19:abc@thread.v2' },
  recipient: { id: '28:bot' },
};

describe('readIncoming', () => {
  test.each([
    ['personal text as typed', { text: '  failed jobs today ' }, 'failed jobs today'],
    [
      'the bot mention removed',
      { text: '<at>Jobs</at> failed jobs', entities: [{ type: 'mention', mentioned: { id: '28:bot' }, text: '<at>Jobs</at>' }] },
      'failed jobs',
    ],
    [
      "other people's mentions kept",
      { text: '<at>Ada</at> failed', entities: [{ type: 'mention', mentioned: { id: '29:ada' }, text: '<at>Ada</at>' }] },
      '<at>Ada</at> failed',
    ],
    ['malformed entities ignored', { text: 'failed', entities: [null, 3, { type: 'mention' }] }, 'failed'],
  ])('message text: %s', (_, activity, text) => {
    expect(readIncoming({ ...base, ...activity })).toMatchObject({ kind: 'message', text });
  });

  test.each([
    ['a valid zone is used', 'Europe/Berlin', 'Europe/Berlin', false],
    ['no zone falls back to UTC, flagged', undefined, 'UTC', true],
    ['an invalid zone falls back to UTC, flagged', 'Mars/Olympus', 'UTC', true],
  ])('time zone: %s', (_, localTimezone, timeZone, timeZoneIsFallback) => {
    expect(readIncoming({ ...base, text: 'x', localTimezone })).toMatchObject({ timeZone, timeZoneIsFallback });
  });

  test('tenant from channelData wins over conversation.tenantId', () => {
    const activity = {
      ...base,
      text: 'x',
      conversation: { id: 'c', tenantId: 'conv-tenant' },
      channelData: { tenant: { id: 'channel-tenant' } },
    };
    expect(readIncoming(activity).tenantId).toBe('channel-tenant');
    expect(readIncoming({ ...activity, channelData: {} }).tenantId).toBe('conv-tenant');
  });

  test('a message with value and no text is an Action.Submit click, with the zone of the click', () => {
    expect(readIncoming({ ...base, value: { verb: 'page' }, localTimezone: 'Asia/Tokyo' })).toMatchObject({
      kind: 'submit',
      value: { verb: 'page' },
      timeZone: 'Asia/Tokyo',
      timeZoneIsFallback: false,
    });
  });

  test.each([
    [
      'an imBack value without text is read as that text typed (Web Chat and the Emulator send imBack this way)',
      { value: { msteams: { type: 'imBack', value: ' help ' } } },
      'help',
    ],
    ["a sentence button's plain Submit (the Playground's form) is read as that sentence typed", { value: { sentence: ' help ' } }, 'help'],
    ['typed text wins over an imBack value', { text: 'next', value: { msteams: { type: 'imBack', value: 'help' } } }, 'next'],
  ])('%s', (_, activity, text) => {
    expect(readIncoming({ ...base, ...activity })).toMatchObject({ kind: 'message', text });
  });

  test.each([
    ['the Playground (its connector on localhost)', 'http://localhost:56150/_connector', true],
    ['the Playground on 127.0.0.1, with a trailing slash', 'http://127.0.0.1:40123/_connector/', true],
    ['Teams', 'https://smba.trafficmanager.net/emea/', false],
    ["a connector on this machine that is not the Playground (the protocol tests' stand-in)", 'http://127.0.0.1:40123/', false],
    ['a public host with the same path', 'https://example.com/_connector', false],
  ])('client: %s', (_, serviceUrl, fromPlayground) => {
    for (const activity of [
      { text: 'x' },
      { type: 'installationUpdate', action: 'add' },
      { type: 'invoke', name: 'adaptiveCard/action' },
    ]) {
      expect(readIncoming({ ...base, ...activity, serviceUrl }).fromPlayground).toBe(fromPlayground || undefined);
    }
  });

  test('an invoke carries the zone of the click, or UTC flagged as a fallback', () => {
    expect(readIncoming({ ...base, type: 'invoke', name: 'adaptiveCard/action', localTimezone: 'Europe/Berlin' })).toMatchObject({
      timeZone: 'Europe/Berlin',
      timeZoneIsFallback: false,
    });
    expect(readIncoming({ ...base, type: 'invoke', name: 'adaptiveCard/action' })).toMatchObject({
      timeZone: 'UTC',
      timeZoneIsFallback: true,
    });
  });

  test.each([
    [
      'in Teams, the bot added to a conversation (installationUpdate carries the welcome)',
      { type: 'conversationUpdate', membersAdded: [{ id: '28:bot' }] },
      'ignored',
    ],
    [
      'in Web Chat (no installationUpdate there), the bot added',
      { type: 'conversationUpdate', channelId: 'webchat', membersAdded: [{ id: '28:bot' }] },
      'installed',
    ],
    ['in Web Chat, someone else added', { type: 'conversationUpdate', channelId: 'webchat', membersAdded: [{ id: '29:ada' }] }, 'ignored'],
    ['someone else added', { type: 'conversationUpdate', membersAdded: [{ id: '29:ada' }] }, 'ignored'],
    ['app installed', { type: 'installationUpdate', action: 'add' }, 'installed'],
    ['app upgraded', { type: 'installationUpdate', action: 'add-upgrade' }, 'ignored'],
    ['app removed (its alerts stop, its reference is dropped)', { type: 'installationUpdate', action: 'remove' }, 'uninstalled'],
    ['an invoke', { type: 'invoke', name: 'adaptiveCard/action' }, 'action'],
    ['a reaction', { type: 'messageReaction' }, 'ignored'],
  ])('kind: %s', (_, activity, kind) => {
    expect(readIncoming({ ...base, ...activity }).kind).toBe(kind);
  });

  // Only checked activities reach readIncoming: the endpoint answers anything else 400.
  test('not an activity is refused by the schema', () => {
    expect(activitySchema.safeParse({ ...base, type: 'message', conversation: 'x' }).success).toBe(false);
  });
});
