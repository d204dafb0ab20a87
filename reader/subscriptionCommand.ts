import { JobType } from '../jobs/enums';
import type { Organization } from '../jobs/model';
import type { SubscriptionFilter, SubscriptionKind } from '../jobs/SubscriptionFilter';
import type { UnderstandContext } from './types';
import { understand } from './understand';

/** What a subscription sentence asks for. Pure data; the bot carries it out. */
export type SubscriptionCommand =
  | {
      kind: 'subscribe';
      subscriptionKind: SubscriptionKind;
      filter: SubscriptionFilter;
      thresholdHours?: number;
      localTime?: string;
      reading: string;
    }
  | { kind: 'list' }
  | { kind: 'unsubscribe'; id: number }
  | { kind: 'unsubscribeAll' }
  | { kind: 'mute'; organizationId: string; organizationName: string; hours: number }
  /** A subscription naming an organisation nobody knows: asked back, never widened to every organisation. */
  | { kind: 'unknownOrganization'; name: string; suggestions: string[] }
  /** A subscription with words that cannot be used ("notify me about aborted backups"): asked back, never dropped. */
  | { kind: 'clarify'; message: string };

/** What a subscription sentence is read with: the context of any sentence. */
type ReadContext = Pick<UnderstandContext, 'organizations' | 'now' | 'timeZone'>;

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  eighteen: 18,
  twenty: 20,
  'twenty-four': 24,
  thirty: 30,
  fortyeight: 48,
  'forty-eight': 48,
  a: 1,
  an: 1,
};
const NUMBER = '(\\d{1,3}|[a-z-]+)';
const toNumber = (word: string): number | undefined => (/^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[word]);

const LIST =
  /^(?:(?:list|show|see|view)(?: me)?(?: my| all| the| our)*(?: alerts?| subscriptions?| notifications?)|(?:my |all )?(?:alerts|subscriptions|notifications))$/;
const UNSUBSCRIBE = /^(?:unsubscribe|remove|delete|cancel|stop)(?: alert| subscription| notification)?(?: number| no\.?)? ?#?(\d{1,4})$/;
const STOP_ALL =
  /^(?:stop|cancel|remove|delete|unsubscribe(?: from)?|turn off|disable)(?: all| every)(?: my| the| our)?(?: alerts?| subscriptions?| notifications?)?$|^unsubscribe$|^stop alerts$/;
const MUTE = new RegExp(`^(?:mute|silence|snooze|pause(?: alerts for)?) (.+?) for ${NUMBER} ?(hours?|hrs?|h|minutes?|mins?|m|days?|d)$`);
const DIGEST = /\b(?:summary|summaries|digest|report|overview)\b/;
const SUBSCRIBE_VERB =
  /^(?:please )?(?:notify|alert|tell|warn|ping|message|inform|let)\b|^(?:subscribe|watch|monitor)\b|^(?:send me|give me|post)\b.*\b(?:summary|digest|report)\b/;
const MISSED =
  /\b(?:no (?:successful |good )?backups?|miss(?:es|ed)? (?:its |their |a |the )?backups?|missing backups?|missed backups?|(?:has ?n[o']t|did ?n[o']t|hasnt|didnt) backed up|not backed up)\b/;
const HOURS = new RegExp(`\\b(?:for|in|within|over|after|longer than|more than) ${NUMBER} ?(hours?|hrs?|h|days?|d)\\b`);
const TIME = /\bat (\d{1,2})(?:[:.](\d{2}))? ?(am|pm|a\.m\.|p\.m\.)?|\bat (noon|midnight)\b/;
/** Words that say who or where, not what: the conversation is where the sentence was said. */
const FILLER =
  /\b(?:please|notify|alert|tell|warn|ping|message|inform|let|know|subscribe|to|watch|monitor|me|us|this|the|channel|chat|team|group|here|about|when|whenever|if|any|every|each|there|is|are|a|an|new|of|on|organi[sz]ations?|orgs?|tenants?)\b/g;

/** Hours in words → a number of hours; minutes and days converted. */
function hoursOf(amount: string, unit: string): number | undefined {
  const n = toNumber(amount);
  if (n === undefined || n <= 0) return undefined;
  if (unit.startsWith('m')) return n / 60;
  if (unit.startsWith('d')) return n * 24;
  return n;
}

/** "8" → "08:00" (morning unless "pm" or "evening"), "07:30", "6pm" → "18:00". */
function localTimeOf(text: string): string | undefined {
  const match = TIME.exec(text);
  if (!match) return undefined;
  if (match[4]) return match[4] === 'noon' ? '12:00' : '00:00';
  let hour = Number(match[1]);
  const minute = Number(match[2] ?? '0');
  const half = match[3]?.replace(/\./g, '');
  const evening = half === 'pm' || (!half && /\b(?:evening|night|afternoon)\b/.test(text) && hour < 12);
  if (evening && hour < 12) hour += 12;
  if (half === 'am' && hour === 12) hour = 0;
  if (hour > 23 || minute > 59) return undefined;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** The filter part of the sentence, read by `understand` (with organisation names); the range is dropped. */
function readFilter(
  text: string,
  ctx: ReadContext,
): { filter: SubscriptionFilter; reading: string } | { unknown: { name: string; suggestions: string[] } } | { unusable: string } {
  const words = text
    .replace(/\bfail\b/g, 'failed')
    .replace(/\bsucceed\b/g, 'succeeded')
    .replace(FILLER, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const understood = understand(words || 'jobs', { now: ctx.now, timeZone: ctx.timeZone, organizations: ctx.organizations });
  if (understood.unknownOrganization) return { unknown: understood.unknownOrganization };
  if (understood.clarification) return { unusable: understood.clarification.message };
  const { statuses, type, organizationId } = understood.query;
  const organizationName = organizationId
    ? ctx.organizations.find((o) => o.id.toLowerCase() === organizationId.toLowerCase())?.name
    : undefined;
  return {
    filter: { statuses, type, ...(organizationId && { organizationId }), ...(organizationName && { organizationName }) },
    reading: understood.reading.split(' · ')[0] ?? understood.reading,
  };
}

/** An organisation named in `text`: a known name anywhere in it, else whatever `understand` makes of "for <text>". */
function findOrganization(text: string, ctx: ReadContext): Organization | { name: string; suggestions: string[] } {
  const known = [...ctx.organizations].sort((a, b) => b.name.length - a.name.length).find((o) => text.includes(o.name.toLowerCase()));
  if (known) return known;
  const understood = understand(`jobs for ${text}`, { now: ctx.now, timeZone: ctx.timeZone, organizations: ctx.organizations });
  const id = understood.query.organizationId;
  const match = id && ctx.organizations.find((o) => o.id.toLowerCase() === id.toLowerCase());
  return match || understood.unknownOrganization || { name: text, suggestions: [] };
}

const normalise = (sentence: string): string =>
  sentence
    .toLowerCase()
    .replace(/[!?,;]+/g, ' ')
    .replace(/\.$/, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Pure: a subscription command, or undefined when the sentence is not one (the normal
 * understanding then answers it). Only the verbs, kind, time and threshold are read here; the
 * filter (status, type, organisation) is read by `understand`, so it means what it means in a query.
 */
export function readSubscriptionCommand(sentence: string, ctx: ReadContext): SubscriptionCommand | undefined {
  const text = normalise(sentence);
  if (LIST.test(text)) return { kind: 'list' };
  const unsubscribe = UNSUBSCRIBE.exec(text);
  if (unsubscribe) return { kind: 'unsubscribe', id: Number(unsubscribe[1]) };
  if (STOP_ALL.test(text)) return { kind: 'unsubscribeAll' };
  const mute = MUTE.exec(text);
  if (mute) {
    const hours = hoursOf(mute[2]!, mute[3]!);
    const organization = findOrganization(mute[1]!, ctx);
    if (!('id' in organization)) return { kind: 'unknownOrganization', ...organization };
    return hours === undefined ? undefined : { kind: 'mute', organizationId: organization.id, organizationName: organization.name, hours };
  }
  const digest = DIGEST.test(text) && (SUBSCRIBE_VERB.test(text) || /\b(?:daily|every|each)\b/.test(text));
  if (digest) {
    const localTime = localTimeOf(text) ?? (/\bmorning\b/.test(text) ? '08:00' : undefined);
    if (!localTime) return undefined;
    const rest = text
      .replace(TIME, ' ')
      .replace(
        /\b(?:send|give|post|daily|every|each|day|morning|evening|night|afternoon|summary|summaries|digest|report|overview|at|for|am|pm)\b/g,
        ' ',
      );
    const named = findNamedOrganization(rest, ctx);
    if (named && !('id' in named)) return { kind: 'unknownOrganization', ...named };
    const filter: SubscriptionFilter = {
      statuses: [],
      type: JobType.all,
      ...(named && { organizationId: named.id, organizationName: named.name }),
    };
    return {
      kind: 'subscribe',
      subscriptionKind: 'digest',
      filter,
      localTime,
      reading: named ? `summary for ${named.name}` : 'summary of all organisations',
    };
  }
  if (!SUBSCRIBE_VERB.test(text)) return undefined;
  if (MISSED.test(text)) {
    const hours = HOURS.exec(text);
    const thresholdHours = hours ? hoursOf(hours[1]!, hours[2]!) : undefined;
    const rest = text
      .replace(HOURS, ' ')
      .replace(MISSED, ' ')
      .replace(/\b(?:has|have|had|its|their|misses|backups?|successful|for|hours?)\b/g, ' ');
    const named = /\b(?:any|every|all|an?) (?:organi[sz]ation|org|tenant)s?\b/.test(text) ? undefined : findNamedOrganization(rest, ctx);
    if (named && !('id' in named)) return { kind: 'unknownOrganization', ...named };
    const filter: SubscriptionFilter = {
      statuses: [],
      type: JobType.backup,
      ...(named && { organizationId: named.id, organizationName: named.name }),
    };
    return {
      kind: 'subscribe',
      subscriptionKind: 'missedBackup',
      filter,
      ...(thresholdHours !== undefined && { thresholdHours }),
      reading: named ? `missed backups of ${named.name}` : 'missed backups of any organisation',
    };
  }
  const read = readFilter(text, ctx);
  if ('unknown' in read) return { kind: 'unknownOrganization', ...read.unknown };
  if ('unusable' in read) return { kind: 'clarify', message: read.unusable };
  return { kind: 'subscribe', subscriptionKind: 'jobs', filter: read.filter, reading: read.reading };
}

/** An organisation the missed-backup sentence names, if any (a known name, or a name after "for"/"org" that matches none). */
function findNamedOrganization(text: string, ctx: ReadContext): Organization | { name: string; suggestions: string[] } | undefined {
  const known = [...ctx.organizations].sort((a, b) => b.name.length - a.name.length).find((o) => text.includes(o.name.toLowerCase()));
  if (known) return known;
  const words = text.replace(FILLER, ' ').replace(/\s+/g, ' ').trim();
  if (!words) return undefined;
  const understood = understand(`jobs for ${words}`, { now: ctx.now, timeZone: ctx.timeZone, organizations: ctx.organizations });
  return understood.unknownOrganization;
}
