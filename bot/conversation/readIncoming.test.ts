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
    ['the bot mention removed', { text: '<at>Jobs</at> failed jobs', entities: [{ type: 'mention', mentioned: { id: '28:bot' }, text: '<at>Jobs</at>' }] }, 'failed jobs'],
    ['other people\'s mentions kept', { text: '<at>Ada</at> failed', entities: [{ type: 'mention', mentioned: { id: '29:ada' }, text: '<at>Ada</at>' }] }, '<at>Ada</at> failed'],
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
    const activity = { ...base, text: 'x', conversation: { id: 'c', tenantId: 'conv-tenant' }, channelData: { tenant: { id: 'channel-tenant' } } };
    expect(readIncoming(activity).tenantId).toBe('channel-tenant');
    expect(readIncoming({ ...activity, channelData: {} }).tenantId).toBe('conv-tenant');
  });

  test('a message with value and no text is an Action.Submit click', () => {
    expect(readIncoming({ ...base, value: { verb: 'page' } })).toMatchObject({ kind: 'submit', value: { verb: 'page' } });
  });

  test.each([
    ['the bot added', { type: 'conversationUpdate', membersAdded: [{ id: '28:bot' }] }, 'installed'],
    ['someone else added', { type: 'conversationUpdate', membersAdded: [{ id: '29:ada' }] }, 'ignored'],
    ['app installed', { type: 'installationUpdate', action: 'add' }, 'installed'],
    ['app upgraded', { type: 'installationUpdate', action: 'add-upgrade' }, 'ignored'],
    ['app removed', { type: 'installationUpdate', action: 'remove' }, 'ignored'],
    ['an invoke', { type: 'invoke', name: 'adaptiveCard/action' }, 'action'],
    ['a reaction', { type: 'messageReaction' }, 'ignored'],
    ['not an activity', { type: 'message', conversation: 'x' }, 'ignored'],
  ])('kind: %s', (_, activity, kind) => {
    expect(readIncoming({ ...base, ...activity }).kind).toBe(kind);
  });
});
