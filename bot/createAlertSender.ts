import { CardFactory, CloudAdapter, MessageFactory } from 'botbuilder';
import type { AlertSender, SendOutcome, StoredReference } from '../alerts/ports';
import type { AdaptiveCardJson } from '../cards';
import type { BotDependencies } from './BotDependencies';
import { createAuthentication } from './createAuthentication';
import { parseRetryAfter } from '../shared/parseRetryAfter';

/** Teams' answers for a conversation the bot is no longer in. */
const GONE_CODES = new Set(['BotNotInConversationRoster', 'ConversationNotFound', 'BotDisabledByAdmin']);

interface ConnectorError {
  statusCode?: number;
  code?: string;
  message?: string;
  response?: { headers?: { get?(name: string): string | undefined }; bodyAsText?: string };
}

/** The one mapping of connector failures: gone (403 roster, 404 conversation), or retry later (429, 5xx, network). */
export function toSendOutcome(error: unknown): SendOutcome {
  const e = (typeof error === 'object' && error !== null ? error : {}) as ConnectorError;
  const body = e.response?.bodyAsText ?? '';
  const code = e.code && GONE_CODES.has(e.code) ? e.code : [...GONE_CODES].find((c) => body.includes(c));
  const status = e.statusCode;
  if (status === 403 || status === 404 || (code && status !== 429 && (status ?? 0) < 500)) {
    return { kind: 'gone', reason: `${status ?? 'error'} ${code ?? 'Forbidden'}` };
  }
  const retryAfterSeconds = parseRetryAfter(e.response?.headers?.get?.('retry-after'), Date.now());
  return {
    kind: 'retryLater',
    reason: status ? `connector answered ${status}` : `connector unreachable: ${String(e.message ?? error).split('\n')[0]}`,
    ...(retryAfterSeconds !== undefined && { retryAfterSeconds }),
  };
}

/**
 * Proactive messages through botbuilder: `continueConversationAsync` with the stored reference
 * and the bot's app id (empty on loopback, where the connector calls go unauthenticated or with
 * the test token).
 */
export function createAlertSender({ settings }: Pick<BotDependencies, 'settings'>): AlertSender {
  const adapter = new CloudAdapter(createAuthentication(settings));
  const appId = settings.appId ?? '';
  const run = async (
    reference: StoredReference,
    work: (post: (card: AdaptiveCardJson, id?: string) => Promise<string | undefined>) => Promise<string | undefined>,
  ): Promise<SendOutcome> => {
    try {
      let activityId: string | undefined;
      await adapter.continueConversationAsync(appId, reference, async (context) => {
        activityId = await work(async (card, id) => {
          const activity = { ...MessageFactory.attachment(CardFactory.adaptiveCard(card)), ...(id && { id }) };
          if (id) {
            await context.updateActivity(activity);
            return id;
          }
          return (await context.sendActivity(activity))?.id;
        });
      });
      return { kind: 'sent', ...(activityId && { activityId }) };
    } catch (error) {
      return toSendOutcome(error);
    }
  };
  return {
    send: (reference, card) => run(reference, (post) => post(card)),
    update: (reference, activityId, card) => run(reference, (post) => post(card, activityId)),
  };
}
