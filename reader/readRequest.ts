import { readTimeZoneSetting, type TimeZoneSetting } from './readTimeZoneSetting';
import { readSubscriptionCommand, type SubscriptionCommand } from './subscriptionCommand';
import type { UnderstandContext, Understanding } from './types';
import { MAX_SENTENCE_LENGTH, understand } from './understand';

/** What a caller serves besides questions about jobs: the bot sets zones and keeps subscriptions; HTTP neither. */
export interface RequestContext extends UnderstandContext {
  serves?: { timeZone?: boolean; subscriptions?: boolean };
}

/** One sentence as one typed request: a setting, a subscription command, or something about jobs (list, question, paging, help…). */
export type Request =
  | { kind: 'timeZone'; setting: TimeZoneSetting }
  | { kind: 'subscription'; command: SubscriptionCommand }
  | { kind: 'jobs'; understanding: Understanding };

/**
 * The one reader: a sentence is read once (with the organisation names the caller has) into one
 * request, most specific first — a time-zone setting, a subscription command, then jobs.
 */
export function readRequest(sentence: string, context: RequestContext): Request {
  // A sentence too long to read is refused by `understand` before any reader sees it.
  const readable = sentence.length <= MAX_SENTENCE_LENGTH;
  const setting = readable && context.serves?.timeZone ? readTimeZoneSetting(sentence) : undefined;
  if (setting) return { kind: 'timeZone', setting };
  const command = readable && context.serves?.subscriptions ? readSubscriptionCommand(sentence, context) : undefined;
  if (command) return { kind: 'subscription', command };
  return { kind: 'jobs', understanding: understand(sentence, context) };
}

/**
 * Whether reading again with the organisation names could change the request: what may name an
 * organisation (a query, a summary, a question back, help with words left over, a subscription for one).
 */
export function mayNameOrganization(request: Request): boolean {
  if (request.kind === 'timeZone') return false;
  if (request.kind === 'subscription') return ['subscribe', 'mute', 'unknownOrganization', 'clarify'].includes(request.command.kind);
  const { intent, ignored } = request.understanding;
  return intent === 'query' || intent === 'summary' || intent === 'clarify' || (intent === 'help' && ignored.length > 0);
}
