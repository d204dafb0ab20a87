import { JOB_TYPES_OF_JOBS, JobStatus, JobType, type JobStatusValue, type JobTypeValue } from '../jobs/enums';
import type { JobQuery } from '../jobs/model';
import type { Refinement } from '../jobs/Refinement';
import { makeClock, type Clock } from './clock';
import { clarificationOf, type Problem } from './clarify';
import { organizationNames, type OrganizationName } from './organization';
import { absenceQuestionOf } from './absence';
import { unique, without } from './lists';
import { asPlainQuestion } from './negativeQuestion';
import { asksForList, questionOf } from './question';
import { readSentence, type Heard } from './readSentence';
import { DEFAULT_PAGE_SIZE, DEFAULT_RANGE_MS, MAX_PAGE_SIZE } from '../jobs/limits';
import { DAY_MS } from '../jobs/time';
import { readingOf } from './readingOf';
import { timeProblemOf } from './timeProblem';
import { tokenize } from './tokenize';
import type { Intent, Question, Token, UnderstandContext, Understanding } from './types';

/** COMMANDS.md: a list looks back a week, a summary a day, both rolling; "when" looks back as far as a last success is kept. */
const DEFAULT_WINDOW_MS = { query: DEFAULT_RANGE_MS, summary: DAY_MS, when: 30 * DAY_MS } as const;
/** Meaning is read from this many characters; the rest of a longer sentence is refused, so reading stays fast. */
export const MAX_SENTENCE_LENGTH = 500;

const ALL_STATUSES: readonly JobStatusValue[] = Object.values(JobStatus);

/** What the query asks of AvePoint and what the facade refines, from what was heard. */
interface Filters {
  statuses: JobStatusValue[];
  type: JobTypeValue;
  organizationId?: string;
  refine: Refinement;
  /** A combination that leaves nothing to show ("all except failed and not failed"). */
  conflict?: string;
}

/** Epoch ms. */
type Range = { start: number; end: number };

/**
 * Statuses and types as asked, with "except …" applied: a status left out narrows the statuses
 * (AvePoint filters them), a type or organisation left out, several types, a module, a size or an
 * order become the refinement the facade applies.
 */
function filtersOf(heard: Heard): Filters {
  const { excluded } = heard;
  const asked = heard.statuses.length > 0 ? unique(heard.statuses) : [...ALL_STATUSES];
  const statuses = excluded.statuses.length > 0 ? without(asked, excluded.statuses) : unique(heard.statuses);
  const types = unique(heard.types);
  const type: JobTypeValue = types.length === 1 ? (types[0] as JobTypeValue) : JobType.all;
  const refine: Refinement = { ...heard.measures };
  // AvePoint filters one type or all: "backups and restores" leaves out the others, "all except restores" that one.
  const leftOutTypes = unique([
    ...(types.length > 1 ? without(JOB_TYPES_OF_JOBS, types) : []),
    ...(type === JobType.all ? excluded.types : []),
  ]);
  if (leftOutTypes.length > 0) refine.excludeTypes = leftOutTypes.sort((a, b) => a - b);
  const leftOutOrganizations = unique(excluded.organizations.map((o) => o.id));
  if (leftOutOrganizations.length > 0) refine.excludeOrganizationIds = leftOutOrganizations;
  if (heard.modules.length > 0) refine.modules = unique(heard.modules);
  if (heard.sort !== undefined && heard.sort !== 'newest') refine.sort = heard.sort;
  // "top 5 largest": with an order, the number is how many in all, not a page.
  if (refine.sort !== undefined && heard.pageSize !== undefined) refine.limit = heard.pageSize;
  const filters: Filters = { statuses: statuses.sort((a, b) => a - b), type, refine };
  if (heard.organizationId !== undefined) filters.organizationId = heard.organizationId;
  const nothingLeft =
    (excluded.statuses.length > 0 && statuses.length === 0) ||
    excluded.types.some((t) => types.includes(t)) ||
    (heard.organizationId !== undefined && leftOutOrganizations.includes(heard.organizationId));
  if (nothingLeft) filters.conflict = 'What it leaves out is all it asks for, so nothing would be left to show.';
  return filters;
}

function toQuery(heard: Heard, filters: Filters, { start, end }: Range, maxPageSize: number, carriesFilters: boolean): JobQuery {
  const query: JobQuery = {
    page: carriesFilters ? (heard.page ?? 1) : 1,
    pageSize: carriesFilters ? (heard.pageSize ?? Math.min(DEFAULT_PAGE_SIZE, maxPageSize)) : Math.min(DEFAULT_PAGE_SIZE, maxPageSize),
    type: carriesFilters ? filters.type : JobType.all,
    startTime: new Date(start).toISOString(),
    endTime: new Date(end).toISOString(),
    statuses: carriesFilters ? filters.statuses : [],
  };
  if (carriesFilters && filters.organizationId !== undefined) query.organizationId = filters.organizationId;
  if (carriesFilters && Object.keys(filters.refine).length > 0) query.refine = filters.refine;
  return query;
}

/**
 * Precedence: a job id, then help, then a summary or a question, then paging on its own, then any
 * filter; nothing meaningful at all asks for help.
 */
function intentOf(heard: Heard, question: Question | undefined, tokens: readonly Token[]): Intent {
  if (heard.jobId !== undefined) return 'job';
  if (heard.help) return 'help';
  if (heard.summary || question) return 'summary';
  const filtered =
    heard.statuses.length > 0 ||
    heard.types.length > 0 ||
    heard.range !== undefined ||
    heard.organizationId !== undefined ||
    heard.unknownOrganization !== undefined ||
    heard.pageSize !== undefined ||
    heard.page !== undefined ||
    heard.sort !== undefined ||
    heard.modules.length > 0 ||
    Object.keys(heard.measures).length > 0 ||
    heard.exclusionsHeard;
  if (!filtered && heard.next) return 'next';
  if (!filtered && heard.previous) return 'previous';
  if (filtered) return 'query';
  // "hey bot, give me jobs" asks for jobs; "hi there" only greets.
  if ((heard.greeting && !asksForJobs(tokens)) || tokens.length === 0) return 'greeting';
  // Only fillers ("show me all jobs") is every job; words of which none could be used is not.
  return heard.meaningful === 0 && heard.unused.length > 0 ? 'help' : 'query';
}

const asksForJobs = (tokens: readonly Token[]): boolean => asksForList(tokens) || tokens.some((token) => token.word === 'jobs');

/** Questions answered by counting the refined list: the summary's other figures cannot be refined. */
const REFINABLE: ReadonlySet<Question['kind']> = new Set(['when', 'latest', 'any', 'none', 'count']);

/** What keeps a query or summary from running as read: the caller asks back instead. */
function problemsOf(heard: Heard, filters: Filters, question: Question | undefined, intent: Intent): Problem[] {
  const problems: Problem[] = heard.unknownOrganization ? [{ kind: 'organization', ...heard.unknownOrganization }] : [];
  problems.push(...heard.unused.map((unused) => ({ kind: 'unused', unused }) as const));
  if (filters.conflict) problems.push({ kind: 'conflict', message: filters.conflict });
  const refinable = question !== undefined && REFINABLE.has(question.kind);
  if (intent === 'summary' && Object.keys(filters.refine).length > 0 && !refinable) {
    problems.push({ kind: 'conflict', message: 'I can answer that as a list ("show …"), not yet as a summary with these refinements.' });
  }
  return problems;
}

/** "how many jobs had no errors": a count (or "when") is of what an exclusion leaves, not of every job. */
function ofStatusesLeft(question: Question | undefined, heard: Heard, filters: Filters): Question | undefined {
  const counted = question?.kind === 'count' || question?.kind === 'when';
  return counted && question.statuses.length === 0 && heard.excluded.statuses.length > 0
    ? { ...question, statuses: filters.statuses }
    : question;
}

interface Read {
  understanding: Understanding;
  tokens: Token[];
  problems: Problem[];
}

/** One reading, without the choices a question back offers (they are read with this too). */
function read(sentence: string, context: UnderstandContext, clock: Clock): Read {
  const maxPageSize = Math.max(1, context.maxPageSize ?? MAX_PAGE_SIZE);
  const tokens = asPlainQuestion(tokenize(sentence.slice(0, MAX_SENTENCE_LENGTH)));
  let prepared: OrganizationName[] | undefined;
  const names = () => (prepared ??= organizationNames(context.organizations));
  const heardAsSaid = readSentence(tokens, { clock, names, maxPageSize });
  const absence = absenceQuestionOf(heardAsSaid, tokens);
  const heard = absence?.heard ?? heardAsSaid;
  const filters = filtersOf(heard);
  const question = ofStatusesLeft(absence?.question ?? questionOf(heard, tokens), heard, filters);
  const intent = intentOf(heard, question, tokens);
  // A ranking asked as "the most failures" is answered by the summary, not by ordering a list.
  if (question?.kind === 'worst') delete filters.refine.sort;
  const problems = intent === 'query' || intent === 'summary' ? problemsOf(heard, filters, question, intent) : [];
  const carriesFilters = intent === 'query' || intent === 'summary';
  const timeProblem = carriesFilters ? timeProblemOf(heard.range, heard.rangeWords ?? '', clock) : undefined;
  const newestJob = question?.kind === 'when' || question?.kind === 'latest';
  const window = newestJob ? 'when' : intent === 'summary' ? 'summary' : 'query';
  const range = (carriesFilters && !timeProblem && heard.range) || { start: clock.now - DEFAULT_WINDOW_MS[window], end: clock.now };
  const query = toQuery(heard, filters, range, maxPageSize, carriesFilters);
  // "Was the last backup ok?" looks at the newest job whatever its status.
  if (intent === 'summary') query.statuses = question?.kind === 'latest' ? [] : filters.statuses;
  const countFirst = intent === 'query' && heard.count && asksForList(tokens);
  const understanding: Understanding = {
    intent: problems.length > 0 ? 'clarify' : intent,
    query,
    reading: readingOf({ intent, heard, query, range, clock, question, timeProblem, countFirst, requestedZone: context.timeZone }),
    ignored: heard.unused.map((unused) => unused.text),
    timeZone: clock.zone,
  };
  if (heard.jobId !== undefined) understanding.jobId = heard.jobId;
  if (heard.organization && carriesFilters) understanding.organization = heard.organization;
  if (heard.unknownOrganization) understanding.unknownOrganization = heard.unknownOrganization;
  if (question && intent === 'summary') understanding.question = question;
  if (countFirst) understanding.countFirst = true;
  if (intent === 'query' && heard.pageSizeCapped) understanding.pageSizeCapped = true;
  if (heard.newestFirst && intent === 'query') understanding.newestFirst = true;
  if (timeProblem) understanding.timeProblem = timeProblem;
  return { understanding, tokens, problems };
}

/**
 * Reads one sentence typed to the bot (or sent as `q=`) as an intent and a job query. Every word
 * is used, or is a filler, or the sentence is asked back ('clarify', with one-click choices that
 * are themselves read in full). Pure and deterministic: the same sentence and context always give the same result.
 */
export function understand(sentence: string, context: UnderstandContext): Understanding {
  const clock = makeClock(context.now, context.timeZone, context.locale);
  const first = read(sentence, context, clock);
  const tooLong = sentence.length > MAX_SENTENCE_LENGTH;
  if (first.problems.length === 0 && !tooLong) return first.understanding;
  const readsInFull = (candidate: string) => {
    const { understanding, problems } = read(candidate, context, clock);
    return problems.length === 0 && understanding.intent !== 'help' && understanding.intent !== 'greeting';
  };
  const clarification = clarificationOf(first.tokens, tooLong ? [{ kind: 'tooLong', max: MAX_SENTENCE_LENGTH }] : first.problems, {
    organizations: context.organizations,
    readsInFull,
  });
  return { ...first.understanding, intent: 'clarify', clarification };
}
