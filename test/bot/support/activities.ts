import { randomUUID } from 'node:crypto';

export const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
export const BOT = { id: '28:bot-app-id', name: 'Backup Jobs' };
const USER = { id: '29:1user-ada', name: 'Ada Admin', aadObjectId: 'a1b2c3d4-0000-4000-8000-000000000001' };

export type Place = 'personal' | 'groupChat' | 'channel';

const conversations: Record<Place, Record<string, unknown>> = {
  personal: { conversationType: 'personal', id: 'a:1personal-chat-with/slash#hash?q' },
  groupChat: { conversationType: 'groupChat', id: '19:group-chat@thread.v2', isGroup: true },
  channel: { conversationType: 'channel', id: '19:channel@thread.tacv2;messageid=1732790000000', isGroup: true },
};

export interface ActivityOptions {
  place?: Place;
  serviceUrl: string;
  tenantId?: string;
  /** Omit to simulate a client that sends none. */
  timeZone?: string;
  conversationId?: string;
}

/** The envelope Teams puts around every activity it sends a bot. */
function envelope(type: string, { place = 'personal', serviceUrl, tenantId = TENANT, timeZone, conversationId }: ActivityOptions) {
  const conversation = { ...conversations[place], tenantId, ...(conversationId && { id: conversationId }) };
  return {
    type,
    id: randomUUID(),
    timestamp: '2026-11-28T11:00:00.000Z',
    ...(timeZone && { localTimestamp: '2026-11-28T12:00:00.000+01:00', localTimezone: timeZone }),
    serviceUrl,
    channelId: 'msteams',
    from: USER,
    conversation,
    recipient: BOT,
    locale: 'en-US',
    channelData: {
      tenant: { id: tenantId },
      ...(place === 'channel' && {
        teamsChannelId: '19:channel@thread.tacv2',
        teamsTeamId: '19:team@thread.tacv2',
        channel: { id: '19:channel@thread.tacv2' },
      }),
    },
  };
}

/** A message as typed; in group chats and channels Teams only delivers it with the bot @mentioned. */
export function message(text: string, options: ActivityOptions) {
  const place = options.place ?? 'personal';
  const mentioned = place !== 'personal';
  const at = `<at>${BOT.name}</at>`;
  return {
    ...envelope('message', options),
    textFormat: 'plain',
    text: mentioned ? `${at} ${text}` : text,
    entities: [
      { type: 'clientInfo', locale: 'en-US', country: 'US', platform: 'Web', ...(options.timeZone && { timezone: options.timeZone }) },
      ...(mentioned ? [{ type: 'mention', mentioned: BOT, text: at }] : []),
    ],
  };
}

/** An Action.Submit click (the fallback of Action.Execute): a message with `value`, no text. */
export const submit = (data: unknown, options: ActivityOptions) => ({
  ...envelope('message', options),
  value: data,
  replyToId: 'card-message-id',
});

/** An Action.Execute click: the `adaptiveCard/action` invoke. */
export const execute = (action: { verb: unknown; data: unknown }, options: ActivityOptions) => ({
  ...envelope('invoke', options),
  name: 'adaptiveCard/action',
  value: { action: { type: 'Action.Execute', verb: action.verb, data: action.data }, trigger: 'manual' },
  replyToId: 'card-message-id',
});

/** Sent when the bot is added to a conversation. */
export const botAdded = (options: ActivityOptions) => ({ ...envelope('conversationUpdate', options), membersAdded: [BOT] });

/** Sent when the app is installed. */
export const installed = (options: ActivityOptions) => ({ ...envelope('installationUpdate', options), action: 'add' });

/** Text typed in the "Find jobs" search of the message extension (or `initialRun` when it opens). */
export const composeQuery = (
  parameters: { name: string; value: unknown }[],
  options: ActivityOptions,
  extra: { commandId?: string; queryOptions?: { skip: number; count: number } } = {},
) => ({
  ...envelope('invoke', options),
  name: 'composeExtension/query',
  value: { commandId: extra.commandId ?? 'findJobs', parameters, queryOptions: extra.queryOptions ?? { skip: 0, count: 25 } },
});

/** A link pasted in the compose box, on a domain the manifest's messageHandlers list. */
export const queryLink = (url: string, options: ActivityOptions) => ({
  ...envelope('invoke', options),
  name: 'composeExtension/queryLink',
  value: { url },
});
