import { z } from 'zod';
import { sentenceSchema } from '../../cards';
import { luxonZoneName } from '../../jobs/timeZone';
import { channelTenantSchema } from '../activitySchema';
import type { ActivityShape } from '../activitySchema';
import type { Incoming } from './Incoming';

const UTC = 'UTC';
const TEAMS = 'msteams';
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
const PLAYGROUND_CONNECTOR_PATH = '/_connector';

const mentionSchema = z.object({ type: z.literal('mention'), mentioned: z.object({ id: z.string() }), text: z.string() });

/** Pure: what an (authenticated, checked) activity asks of the bot. */
export function readIncoming(activity: ActivityShape): Incoming {
  const tenant = channelTenantSchema.safeParse(activity.channelData);
  const userId = activity.from?.aadObjectId || activity.from?.id || undefined;
  const common = {
    conversationId: activity.conversation.id,
    tenantId: tenant.success ? tenant.data.tenant.id : (activity.conversation.tenantId ?? undefined),
    ...(activity.from?.name && { userName: activity.from.name }),
    ...(userId && { userId }),
    ...(activity.conversation.conversationType && { conversationType: activity.conversation.conversationType }),
    ...(fromPlayground(activity.serviceUrl) && { fromPlayground: true as const }),
  };
  const valid = activity.localTimezone ? luxonZoneName(activity.localTimezone) : undefined;
  const zone = { timeZone: valid ?? UTC, timeZoneIsFallback: !valid };
  switch (activity.type) {
    case 'message': {
      const typed = withoutMention(activity.text ?? '', activity.entities ?? [], activity.recipient?.id ?? undefined);
      // Teams posts an imBack button's sentence as typed text; other clients send a sentence button's data as a Submit value.
      const text = typed || (sentenceSchema.safeParse(activity.value).data?.trim() ?? '');
      // Action.Submit (the fallback of Action.Execute) arrives as a message with `value` and no text.
      if (!text && activity.value !== undefined) return { ...common, ...zone, kind: 'submit', value: activity.value };
      return { ...common, ...zone, kind: 'message', text, locale: activity.locale ?? undefined };
    }
    case 'invoke':
      return { ...common, ...zone, kind: 'action', name: activity.name ?? '', value: activity.value, locale: activity.locale ?? undefined };
    case 'conversationUpdate':
      if (botRemoved(activity)) return { ...common, kind: 'uninstalled' };
      return { ...common, kind: welcomesOnConversationUpdate(activity) ? 'installed' : 'ignored' };
    case 'installationUpdate':
      if (activity.action === 'remove') return { ...common, kind: 'uninstalled' };
      return { ...common, kind: activity.action === 'add' ? 'installed' : 'ignored' };
    default:
      return { ...common, kind: 'ignored' };
  }
}

/**
 * Teams sends installationUpdate (action add) on every install, in every scope (personal, group
 * chat, team), and also a conversationUpdate adding the bot (in personal chats only the first
 * install ever). One welcome per install: in Teams it follows installationUpdate only. Channels
 * without installationUpdate (Azure's Web Chat, the Emulator) welcome on the conversationUpdate.
 * See https://learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/subscribe-to-conversation-events
 */
function welcomesOnConversationUpdate(activity: ActivityShape): boolean {
  const botAdded = activity.membersAdded?.some((member) => member.id === activity.recipient?.id) ?? false;
  return botAdded && activity.channelId !== TEAMS;
}

/** The bot itself was removed from the conversation (its stored conversation reference is then useless). */
const botRemoved = (activity: ActivityShape): boolean =>
  activity.membersRemoved?.some((member) => member.id === activity.recipient?.id) ?? false;

/**
 * Microsoft 365 Agents Playground sends activities with its own connector on this machine as
 * serviceUrl, `http://localhost:<port>/_connector`; Teams' is a public https URL.
 */
function fromPlayground(serviceUrl: string): boolean {
  if (!URL.canParse(serviceUrl)) return false;
  const { hostname, pathname } = new URL(serviceUrl);
  return LOOPBACK_HOSTS.has(hostname) && pathname.replace(/\/$/, '') === PLAYGROUND_CONNECTOR_PATH;
}

/** Removes the bot's own @mention (`<at>Bot</at>` in Teams) so only the sentence remains. */
function withoutMention(text: string, entities: unknown[], botId: string | undefined): string {
  const mentions = entities.flatMap((entity) => {
    const mention = mentionSchema.safeParse(entity);
    return mention.success && mention.data.mentioned.id === botId ? [mention.data.text] : [];
  });
  return mentions
    .reduce((rest, mention) => rest.split(mention).join(' '), text)
    .replace(/\s+/g, ' ')
    .trim();
}
