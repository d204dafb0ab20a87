import { JobStatus, type JobStatusValue, type JobTypeValue } from '../jobs/enums';
import type { Organization } from '../jobs/model';
import type { Clock } from './clock';
import { readJobId } from './jobId';
import { ORGANIZATION_WORDS } from './keywords';
import { readKeyValue } from './keyValue';
import { GUID } from '../jobs/guid';
import { readKnownName, readOrganization, type OrganizationMatch, type OrganizationName } from './organization';
import { readPaging } from './paging';
import { PHRASES_BY_FIRST_WORD, type Effect } from './phrases';
import { readTimeRange, type RangeMatch } from './timeRange';
import type { Token } from './types';
import { KNOWN_WORDS } from './vocabulary';

/** Everything heard in one sentence, before defaults are applied. */
export interface Heard {
  statuses: JobStatusValue[];
  type?: JobTypeValue;
  range?: RangeMatch;
  organization?: Organization;
  organizationId?: string;
  unknownOrganization?: { name: string; suggestions: string[] };
  pageSize?: number;
  pageSizeCapped?: true;
  page?: number;
  jobId?: string;
  help: boolean;
  next: boolean;
  previous: boolean;
  greeting: boolean;
  /** A summary word ("status", "overview", "how are…"). */
  summary: boolean;
  /** Statuses a yes/no question would ask about when none is named ("is everything ok?" asks about finished). */
  asks: JobStatusValue[];
  /** "how many". */
  count: boolean;
  /** "latest", "newest", "most recent". */
  newestFirst: boolean;
  /** The range as the user typed it ("last night's"), for answers about it. */
  rangeWords?: string;
  /** Tokens consumed by some reader (filler included). */
  understood: number;
  ignored: string[];
}

/** What the readers need besides the tokens. */
export interface Surroundings {
  clock: Clock;
  /** The known names, prepared on first use: most sentences name no organisation. */
  names: () => readonly OrganizationName[];
  maxPageSize: number;
}

/**
 * Whether a known name could start at this word without "for"/"org" before it. Our own words and
 * numbers cannot (so "Backup Co" is only heard after "for"), which spares preparing names for most sentences.
 */
function mayStartName(token: Token): boolean {
  const first = token.lower.charCodeAt(0);
  return !(first >= 48 && first <= 57) && !KNOWN_WORDS.has(token.word);
}

const ORDER_WORDS: ReadonlySet<string> = new Set(['latest', 'newest', 'recent']);
const SILENT_PUNCTUATION: ReadonlySet<string> = new Set(['?', '-', '–', '—']);
const FLIPPED: ReadonlyMap<JobStatusValue, JobStatusValue> = new Map<JobStatusValue, JobStatusValue>([
  [JobStatus.finished, JobStatus.failed],
  [JobStatus.failed, JobStatus.finished],
]);

/** The longest phrase starting at tokens[i]. */
function phraseAt(tokens: readonly Token[], i: number): { effect: Effect; next: number } | undefined {
  const candidates = PHRASES_BY_FIRST_WORD.get(tokens[i]?.word ?? '');
  const phrase = candidates?.find((p) => p.words.every((word, k) => tokens[i + k]?.word === word));
  return phrase && { effect: phrase.effect, next: i + phrase.words.length };
}

function ignore(heard: Heard, tokens: readonly Token[], from: number, to: number): void {
  for (let k = from; k < to; k++) heard.ignored.push((tokens[k] as Token).text);
  heard.understood -= to - from;
}

/** Applies a phrase; a negation applies to the status right after it ("not successful" is failed). */
function applyPhrase(heard: Heard, tokens: readonly Token[], i: number, effect: Effect, next: number): number {
  switch (effect.kind) {
    case 'status':
      heard.statuses.push(...effect.statuses);
      return next;
    case 'type':
      if (heard.type === undefined) heard.type = effect.type;
      else ignore(heard, tokens, i, next);
      return next;
    case 'negate': {
      const negated = phraseAt(tokens, next);
      const flipped =
        negated?.effect.kind === 'status' && negated.effect.statuses.length === 1
          ? FLIPPED.get(negated.effect.statuses[0] as JobStatusValue)
          : undefined;
      if (negated && flipped !== undefined) {
        heard.statuses.push(flipped);
        return negated.next;
      }
      ignore(heard, tokens, i, next);
      return next;
    }
    case 'filler':
      return next;
    case 'summary':
      heard.summary = true;
      heard.asks.push(...effect.asks);
      return next;
    case 'count':
      heard.count = true;
      return next;
    case 'newest':
      heard.newestFirst = true;
      return next;
    default:
      heard[effect.kind] = true;
      return next;
  }
}

/** Takes the first organisation named; a second one is reported as ignored. */
function hearOrganization(heard: Heard, tokens: readonly Token[], i: number, organization: OrganizationMatch): number {
  if (heard.organizationId !== undefined || heard.unknownOrganization) ignore(heard, tokens, i, organization.next);
  else if (organization.kind === 'known') {
    heard.organization = organization.organization;
    heard.organizationId = organization.organization.id;
  } else heard.unknownOrganization = { name: organization.name, suggestions: organization.suggestions };
  return organization.next;
}

/** Reads one thing at tokens[i] into `heard`; returns the index after it. Readers are tried most specific first. */
function readAt(heard: Heard, tokens: readonly Token[], i: number, { clock, names, maxPageSize }: Surroundings): number {
  const token = tokens[i] as Token;
  const job = readJobId(tokens, i);
  if (job) {
    if (heard.jobId === undefined) heard.jobId = job.jobId;
    else ignore(heard, tokens, i, job.next);
    return job.next;
  }
  if (GUID.test(token.lower)) {
    if (heard.organizationId === undefined) heard.organizationId = token.lower;
    else ignore(heard, tokens, i, i + 1);
    return i + 1;
  }
  const keyed = token.lower.includes(':') ? readKeyValue(token, names()) : undefined;
  if (keyed) {
    if (keyed.kind === 'organization') hearOrganization(heard, tokens, i, { ...keyed.match, next: i + 1 });
    else if (keyed.kind === 'status') heard.statuses.push(...keyed.statuses);
    else if (keyed.kind === 'type' && heard.type === undefined) heard.type = keyed.type;
    else ignore(heard, tokens, i, i + 1);
    return i + 1;
  }
  const organization = ORGANIZATION_WORDS.has(token.word)
    ? readOrganization(tokens, i, names())
    : mayStartName(token)
      ? readKnownName(tokens, i, names())
      : undefined;
  if (organization) return hearOrganization(heard, tokens, i, organization);
  const range = readTimeRange(tokens, i, clock);
  if (range) {
    if (heard.range === undefined) {
      heard.range = range;
      heard.rangeWords = tokens
        .slice(i, range.next)
        .map((t) => t.text)
        .join(' ');
    } else ignore(heard, tokens, i, range.next);
    return range.next;
  }
  const paging = readPaging(tokens, i, maxPageSize);
  if (paging) {
    if (ORDER_WORDS.has(token.word)) heard.newestFirst = true;
    heard.pageSize = paging.pageSize ?? heard.pageSize;
    if (paging.capped) heard.pageSizeCapped = true;
    heard.page = paging.page ?? heard.page;
    return paging.next;
  }
  const phrase = phraseAt(tokens, i);
  if (phrase) return applyPhrase(heard, tokens, i, phrase.effect, phrase.next);
  if (token.lower === '?' && tokens.length === 1) heard.help = true;
  else if (!SILENT_PUNCTUATION.has(token.lower)) ignore(heard, tokens, i, i + 1);
  return i + 1;
}

/** Reads every token of a sentence, left to right, taking the longest reading at each position. */
export function readSentence(tokens: readonly Token[], surroundings: Surroundings): Heard {
  const heard: Heard = {
    statuses: [],
    help: false,
    next: false,
    previous: false,
    greeting: false,
    summary: false,
    asks: [],
    count: false,
    newestFirst: false,
    understood: tokens.length,
    ignored: [],
  };
  for (let i = 0; i < tokens.length;) i = readAt(heard, tokens, i, surroundings);
  return heard;
}
