import { DateTime } from 'luxon';
import { JobType } from '../enums';
import type { JobQuery } from '../model';
import { ORGANIZATION_WORDS } from './keywords';
import { makeClock, type Clock } from './clock';
import { organizationNames } from './organization';
import { readSentence, type Heard } from './readSentence';
import { DEFAULT_PAGE_SIZE, describeMoments } from './reading';
import { tokenize } from './tokenize';
import type { Intent, UnderstandContext, Understanding } from './types';

const DEFAULT_MAX_PAGE_SIZE = 50;
const DEFAULT_WINDOW_MS = 7 * 24 * 3_600_000;

type Filters = Pick<Heard, 'statuses' | 'type' | 'range' | 'organizationId' | 'pageSize' | 'page'>;
type Range = { start: DateTime; end: DateTime };

/** The range heard, or the default rolling 7 × 24 h up to now. */
function rangeOf(heard: Filters, clock: Clock): Range {
  const weekAgo = DateTime.fromMillis(clock.now.toMillis() - DEFAULT_WINDOW_MS, { zone: clock.now.zone });
  return heard.range ?? { start: weekAgo, end: clock.now };
}

function toQuery(heard: Filters, { start, end }: Range, maxPageSize: number): JobQuery {
  const query: JobQuery = {
    page: heard.page ?? 1,
    pageSize: heard.pageSize ?? Math.min(DEFAULT_PAGE_SIZE, maxPageSize),
    type: heard.type ?? JobType.all,
    startTime: new Date(start.toMillis()).toISOString(),
    endTime: new Date(end.toMillis()).toISOString(),
    statuses: [...new Set(heard.statuses)].sort((a, b) => a - b),
  };
  if (heard.organizationId !== undefined) query.organizationId = heard.organizationId;
  return query;
}

/** Precedence: a job id, then help, then paging on its own, then any filter; nothing understood at all asks for help. */
function intentOf(heard: Heard, tokenCount: number): Intent {
  if (heard.jobId !== undefined) return 'job';
  if (heard.help) return 'help';
  const filtered = heard.statuses.length > 0 || heard.type !== undefined || heard.range !== undefined
    || heard.organizationId !== undefined || heard.unknownOrganization !== undefined
    || heard.pageSize !== undefined || heard.page !== undefined;
  if (!filtered && heard.next) return 'next';
  if (!filtered && heard.previous) return 'previous';
  if (filtered) return 'query';
  if (heard.greeting || tokenCount === 0) return 'greeting';
  return heard.understood === 0 ? 'help' : 'query';
}

const INTENT_READINGS: Readonly<Record<Exclude<Intent, 'query' | 'job'>, string>> = {
  help: 'Help',
  greeting: 'Greeting',
  next: 'Next page of the last query',
  previous: 'Previous page of the last query',
};

function readingOf(intent: Intent, heard: Heard, query: JobQuery, range: Range, clock: Clock, timeZone: string): string {
  const parts = [
    intent === 'query'
      ? describeMoments(query, clock.zone, { now: clock.now, ...range }, heard.organization?.name)
      : intent === 'job'
        ? `Job ${heard.jobId}`
        : INTENT_READINGS[intent],
  ];
  if (intent === 'query' && heard.unknownOrganization) parts.push(`unknown org "${heard.unknownOrganization.name}"`);
  if (!clock.zoneValid) parts.push(`unknown time zone "${timeZone}", used UTC`);
  return parts.join(' · ');
}

/**
 * Reads one sentence typed to the bot (or sent as `q=`) as an intent and a job query.
 * Pure and deterministic: the same sentence and context always give the same result.
 */
export function understand(sentence: string, context: UnderstandContext): Understanding {
  const clock = makeClock(context.now, context.timeZone, context.locale);
  const maxPageSize = Math.max(1, context.maxPageSize ?? DEFAULT_MAX_PAGE_SIZE);
  const tokens = tokenize(sentence);
  // Names are only prepared when the sentence has a word that introduces one.
  const names = tokens.some((token) => ORGANIZATION_WORDS.has(token.word))
    ? organizationNames(context.organizations)
    : [];
  const heard = readSentence(tokens, { clock, names, maxPageSize });
  const intent = intentOf(heard, tokens.length);
  // Other intents carry the defaults: "job X for contoso" must not leak a filter into paging.
  const filters = intent === 'query' ? heard : { statuses: [] };
  const range = rangeOf(filters, clock);
  const query = toQuery(filters, range, maxPageSize);
  const understanding: Understanding = {
    intent,
    query,
    reading: readingOf(intent, heard, query, range, clock, context.timeZone),
    ignored: heard.ignored,
    timeZone: clock.zone,
  };
  if (heard.jobId !== undefined) understanding.jobId = heard.jobId;
  if (heard.unknownOrganization) understanding.unknownOrganization = heard.unknownOrganization;
  return understanding;
}
