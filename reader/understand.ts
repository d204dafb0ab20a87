import { JobType } from '../jobs/enums';
import type { JobQuery } from '../jobs/model';
import { makeClock, type Clock } from './clock';
import { organizationNames, type OrganizationName } from './organization';
import { asksForList, questionOf } from './question';
import { readSentence, type Heard } from './readSentence';
import { DEFAULT_PAGE_SIZE, DEFAULT_RANGE_MS, MAX_PAGE_SIZE } from '../jobs/limits';
import { DAY_MS } from '../jobs/time';
import { readingOf } from './readingOf';
import { timeProblemOf } from './timeProblem';
import { tokenize } from './tokenize';
import type { Intent, Question, UnderstandContext, Understanding } from './types';

/** COMMANDS.md: a list looks back a week, a summary a day, both rolling. */
const DEFAULT_WINDOW_MS: Readonly<Record<'query' | 'summary', number>> = { query: DEFAULT_RANGE_MS, summary: DAY_MS };

type Filters = Pick<Heard, 'statuses' | 'type' | 'range' | 'organizationId' | 'pageSize' | 'page'>;
/** Epoch ms. */
type Range = { start: number; end: number };

/** The range heard, or the default rolling window up to now. */
function rangeOf(heard: Filters, clock: Clock, windowMs: number): Range {
  return heard.range ?? { start: clock.now - windowMs, end: clock.now };
}

function toQuery(heard: Filters, { start, end }: Range, maxPageSize: number): JobQuery {
  const query: JobQuery = {
    page: heard.page ?? 1,
    pageSize: heard.pageSize ?? Math.min(DEFAULT_PAGE_SIZE, maxPageSize),
    type: heard.type ?? JobType.all,
    startTime: new Date(start).toISOString(),
    endTime: new Date(end).toISOString(),
    statuses: [...new Set(heard.statuses)].sort((a, b) => a - b),
  };
  if (heard.organizationId !== undefined) query.organizationId = heard.organizationId;
  return query;
}

/**
 * Precedence: a job id, then help, then a summary or a question, then paging on its own, then any
 * filter; nothing understood at all asks for help.
 */
function intentOf(heard: Heard, question: Question | undefined, tokenCount: number): Intent {
  if (heard.jobId !== undefined) return 'job';
  if (heard.help) return 'help';
  if (heard.summary || question) return 'summary';
  const filtered =
    heard.statuses.length > 0 ||
    heard.type !== undefined ||
    heard.range !== undefined ||
    heard.organizationId !== undefined ||
    heard.unknownOrganization !== undefined ||
    heard.pageSize !== undefined ||
    heard.page !== undefined;
  if (!filtered && heard.next) return 'next';
  if (!filtered && heard.previous) return 'previous';
  if (filtered) return 'query';
  if (heard.greeting || tokenCount === 0) return 'greeting';
  return heard.understood === 0 ? 'help' : 'query';
}

/** Only a query or a summary carries what was heard; other intents carry the defaults. */
function filtersOf(intent: Intent, heard: Heard, problem: boolean): Filters {
  if (intent === 'summary')
    return { statuses: heard.statuses, type: heard.type, organizationId: heard.organizationId, range: problem ? undefined : heard.range };
  if (intent === 'query') return problem ? { ...heard, range: undefined } : heard;
  // "job X for contoso" must not leak a filter into paging.
  return { statuses: [] };
}

/**
 * Reads one sentence typed to the bot (or sent as `q=`) as an intent and a job query.
 * Pure and deterministic: the same sentence and context always give the same result.
 */
export function understand(sentence: string, context: UnderstandContext): Understanding {
  const clock = makeClock(context.now, context.timeZone, context.locale);
  const maxPageSize = Math.max(1, context.maxPageSize ?? MAX_PAGE_SIZE);
  const tokens = tokenize(sentence);
  let prepared: OrganizationName[] | undefined;
  const names = () => (prepared ??= organizationNames(context.organizations));
  const heard = readSentence(tokens, { clock, names, maxPageSize });
  const question = questionOf(heard, tokens);
  const intent = intentOf(heard, question, tokens.length);
  const timeProblem = intent === 'query' || intent === 'summary' ? timeProblemOf(heard.range, heard.rangeWords ?? '', clock) : undefined;
  const filters = filtersOf(intent, heard, timeProblem !== undefined);
  const range = rangeOf(filters, clock, DEFAULT_WINDOW_MS[intent === 'summary' ? 'summary' : 'query']);
  const query = toQuery(filters, range, maxPageSize);
  const countFirst = intent === 'query' && heard.count && asksForList(tokens);
  const understanding: Understanding = {
    intent,
    query,
    reading: readingOf({ intent, heard, query, range, clock, question, timeProblem, countFirst, requestedZone: context.timeZone }),
    ignored: heard.ignored,
    timeZone: clock.zone,
  };
  if (heard.jobId !== undefined) understanding.jobId = heard.jobId;
  if (heard.unknownOrganization) understanding.unknownOrganization = heard.unknownOrganization;
  if (question && intent === 'summary') understanding.question = question;
  if (countFirst) understanding.countFirst = true;
  if (intent === 'query' && heard.pageSizeCapped) understanding.pageSizeCapped = true;
  if (heard.newestFirst && intent === 'query') understanding.newestFirst = true;
  if (timeProblem) understanding.timeProblem = timeProblem;
  return understanding;
}
