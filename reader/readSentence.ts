import { JobStatus, type JobStatusValue, type JobTypeValue } from '../jobs/enums';
import type { JobSort, Refinement } from '../jobs/Refinement';
import type { Organization } from '../jobs/model';
import type { Clock } from './clock';
import { readJobId } from './jobId';
import { ORGANIZATION_WORDS } from './keywords';
import { readKeyValue } from './keyValue';
import { readMeasure } from './measures';
import { GUID } from '../jobs/guid';
import { readKnownName, readOrganization, type OrganizationMatch, type OrganizationName } from './organization';
import { readPaging } from './paging';
import { FLIPPING_PHRASES, PHRASES_BY_FIRST_WORD, type Effect } from './phrases';
import { readTimeRange, type RangeMatch } from './timeRange';
import type { Token } from './types';
import { KNOWN_WORDS } from './vocabulary';

/** A word the sentence holds that no reader could use, and why: the caller asks back instead of dropping it. */
export interface Unused {
  text: string;
  index: number;
  /**
   * unknown: no reader knows it; repeated: a second type/range/organisation where one is allowed;
   * status: a status AvePoint does not have; exclusion: "except"/"not" with nothing after it that can be left out.
   */
  why: 'unknown' | 'repeated' | 'status' | 'exclusion';
}

/** What "except", "excluding", "other than", "not" leave out. */
export interface Excluded {
  statuses: JobStatusValue[];
  types: JobTypeValue[];
  organizations: Organization[];
}

/** Everything heard in one sentence, before defaults are applied. */
export interface Heard {
  statuses: JobStatusValue[];
  /** Every type named, in order ("backups and restores"). */
  types: JobTypeValue[];
  range?: RangeMatch;
  organization?: Organization;
  organizationId?: string;
  unknownOrganization?: { name: string; suggestions: string[] };
  excluded: Excluded;
  modules: string[];
  /** Size, duration and item bounds. */
  measures: Refinement;
  sort?: JobSort;
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
  /** "when". */
  when: boolean;
  /** "success rate", "worst record", "getting better". */
  figure?: 'rate' | 'worst' | 'trend';
  /** "latest", "newest", "most recent". */
  newestFirst: boolean;
  /** The range as the user typed it ("last night's"), for answers about it. */
  rangeWords?: string;
  /** Tokens read by a reader that means something (fillers and punctuation not counted). */
  meaningful: number;
  unused: Unused[];
  /** Whether "except …", "not …" left something out. */
  exclusionsHeard: boolean;
  /**
   * What was left out after a word of absence: statuses, types and organisations after "no", "without"
   * ("no failures?", "none of Contoso's backups"), types after "not" ("which orgs didn't back up").
   * A question may ask about them as missing. `afterNot`: statuses after "not", missing only when
   * organisations are asked for ("which orgs didn't have a successful backup").
   */
  absent: {
    statuses: JobStatusValue[];
    afterNot: JobStatusValue[];
    types: JobTypeValue[];
    organizations: Organization[];
    missed: boolean;
    at?: number;
  };
  /** An open "except …": what follows is left out until something else is said; `by` is the word's kind. */
  exclusion?: { marker: Unused[]; used: boolean; by: ExclusionWord };
}

/**
 * "except" only leaves out; "no" and "missed" also say what is missing; "not" says so of a type
 * ("didn't back up"), not of a status ("not finished" is every other status).
 */
type ExclusionWord = 'except' | 'no' | 'missed' | 'not';
const EXCLUSION_WORDS = { exclude: 'except', absent: 'no', missed: 'missed' } as const satisfies Record<string, ExclusionWord>;

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
/**
 * "not successful" is failed and "not failed" finished, as people say them; other negations leave
 * out what follows ("haven't finished" is every status but finished: running ones too).
 */
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

const unusedOf = (tokens: readonly Token[], from: number, to: number, why: Unused['why']): Unused[] =>
  tokens.slice(from, to).map((token, k) => ({ text: token.text, index: from + k, why }));

function leaveUnused(heard: Heard, tokens: readonly Token[], from: number, to: number, why: Unused['why']): void {
  heard.unused.push(...unusedOf(tokens, from, to, why));
}

/** Ends an open "except …"; a marker that left nothing out is a word the sentence could not use. */
function closeExclusion(heard: Heard): void {
  if (heard.exclusion && !heard.exclusion.used) heard.unused.push(...heard.exclusion.marker);
  heard.exclusion = undefined;
}

function openExclusion(heard: Heard, tokens: readonly Token[], from: number, to: number, by: ExclusionWord): void {
  closeExclusion(heard);
  heard.exclusion = { marker: unusedOf(tokens, from, to, 'exclusion'), used: false, by };
}

/** Where a status, type or organisation goes: left out inside an "except …", else kept. */
function excluding(heard: Heard): boolean {
  if (!heard.exclusion) return false;
  heard.exclusion.used = true;
  heard.exclusionsHeard = true;
  return true;
}

/** The word of absence that left something out: where it stands tells a subject before it ("orgs with no backup"). */
function markAbsent(heard: Heard): void {
  heard.absent.at ??= heard.exclusion?.marker[0]?.index;
}

function hearStatuses(heard: Heard, statuses: readonly JobStatusValue[]): void {
  const by = heard.exclusion?.by;
  if (!excluding(heard)) return void heard.statuses.push(...statuses);
  heard.excluded.statuses.push(...statuses);
  if (by === 'no' || by === 'missed') {
    heard.absent.statuses.push(...statuses);
    markAbsent(heard);
  } else if (by === 'not') heard.absent.afterNot.push(...statuses);
}

function hearType(heard: Heard, type: JobTypeValue): void {
  const by = heard.exclusion?.by;
  if (!excluding(heard)) return void heard.types.push(type);
  heard.excluded.types.push(type);
  if (by === 'no' || by === 'missed' || by === 'not') {
    heard.absent.types.push(type);
    markAbsent(heard);
  }
}

/** Applies a phrase; a negation applies to the status right after it ("not successful" is failed). */
function applyPhrase(heard: Heard, tokens: readonly Token[], i: number, effect: Effect, next: number): number {
  if (effect.kind !== 'status' && effect.kind !== 'type' && effect.kind !== 'filler') closeExclusion(heard);
  if (effect.kind !== 'filler') heard.meaningful++;
  switch (effect.kind) {
    case 'status':
      hearStatuses(heard, effect.statuses);
      return next;
    case 'type':
      hearType(heard, effect.type);
      return next;
    case 'negate': {
      const negated = phraseAt(tokens, next);
      const said =
        negated &&
        tokens
          .slice(next, negated.next)
          .map((token) => token.word)
          .join(' ');
      const flipped =
        negated?.effect.kind === 'status' && negated.effect.statuses.length === 1 && FLIPPING_PHRASES.has(said ?? '')
          ? FLIPPED.get(negated.effect.statuses[0] as JobStatusValue)
          : undefined;
      if (negated && flipped !== undefined) {
        heard.statuses.push(flipped);
        return negated.next;
      }
      openExclusion(heard, tokens, i, next, 'not');
      return next;
    }
    case 'exclude':
    case 'absent':
    case 'missed':
      if (effect.kind === 'missed') heard.absent.missed = true;
      openExclusion(heard, tokens, i, next, EXCLUSION_WORDS[effect.kind]);
      return next;
    case 'unknownStatus':
      leaveUnused(heard, tokens, i, next, 'status');
      return next;
    case 'filler':
      return next;
    case 'summary':
      heard.summary = true;
      heard.asks.push(...effect.asks);
      return next;
    case 'count':
      heard.count = true;
      return next;
    case 'when':
      heard.when = true;
      return next;
    case 'figure':
      if (heard.figure === undefined || heard.figure === effect.asks) heard.figure = effect.asks;
      else leaveUnused(heard, tokens, i, next, 'repeated');
      return next;
    case 'newest':
      heard.newestFirst = true;
      return next;
    case 'order':
      if (heard.sort === undefined || heard.sort === effect.sort) heard.sort = effect.sort;
      else leaveUnused(heard, tokens, i, next, 'repeated');
      return next;
    case 'module':
      heard.modules.push(effect.module);
      return next;
    default:
      heard[effect.kind] = true;
      return next;
  }
}

/** Takes the first organisation named (or leaves it out after "except"); a second one cannot be used. */
function hearOrganization(heard: Heard, tokens: readonly Token[], i: number, organization: OrganizationMatch): number {
  heard.meaningful++;
  const by = heard.exclusion?.by;
  if (organization.kind === 'known' && excluding(heard)) {
    heard.excluded.organizations.push(organization.organization);
    if (by === 'no' || by === 'missed') heard.absent.organizations.push(organization.organization);
  } else if (heard.organizationId !== undefined || heard.unknownOrganization) leaveUnused(heard, tokens, i, organization.next, 'repeated');
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
    closeExclusion(heard);
    heard.meaningful++;
    if (heard.jobId === undefined) heard.jobId = job.jobId;
    else leaveUnused(heard, tokens, i, job.next, 'repeated');
    return job.next;
  }
  if (GUID.test(token.lower)) {
    const organization = { id: token.lower, name: token.text };
    return hearOrganization(heard, tokens, i, { kind: 'known', organization, next: i + 1 });
  }
  const keyed = token.lower.includes(':') ? readKeyValue(token, names()) : undefined;
  if (keyed) {
    if (keyed.kind === 'organization') return hearOrganization(heard, tokens, i, { ...keyed.match, next: i + 1 });
    heard.meaningful++;
    if (keyed.kind === 'status') hearStatuses(heard, keyed.statuses);
    else if (keyed.kind === 'type') hearType(heard, keyed.type);
    else leaveUnused(heard, tokens, i, i + 1, 'unknown');
    return i + 1;
  }
  const phrase = phraseAt(tokens, i);
  // "except for Contoso", "apart from yesterday": the marker is read before "for"/"from" can start a name or a range.
  if (phrase?.effect.kind === 'exclude' || phrase?.effect.kind === 'absent')
    return applyPhrase(heard, tokens, i, phrase.effect, phrase.next);
  const organization = ORGANIZATION_WORDS.has(token.word)
    ? readOrganization(tokens, i, names())
    : mayStartName(token)
      ? readKnownName(tokens, i, names())
      : undefined;
  if (organization) {
    // "except the failed ones for Northwind": once something was left out, "for …" names what is asked for.
    if (heard.exclusion?.used && ORGANIZATION_WORDS.has(token.word)) closeExclusion(heard);
    return hearOrganization(heard, tokens, i, organization);
  }
  const measure = readMeasure(tokens, i);
  if (measure) {
    closeExclusion(heard);
    heard.meaningful++;
    Object.assign(heard.measures, measure.refine);
    return measure.next;
  }
  const range = readTimeRange(tokens, i, clock);
  if (range) {
    closeExclusion(heard);
    heard.meaningful++;
    if (heard.range === undefined) {
      heard.range = range;
      heard.rangeWords = tokens
        .slice(i, range.next)
        .map((t) => t.text)
        .join(' ');
    } else leaveUnused(heard, tokens, i, range.next, 'repeated');
    return range.next;
  }
  const paging = readPaging(tokens, i, maxPageSize);
  if (paging) {
    closeExclusion(heard);
    heard.meaningful++;
    if (ORDER_WORDS.has(token.word)) heard.newestFirst = true;
    heard.pageSize = paging.pageSize ?? heard.pageSize;
    if (paging.capped) heard.pageSizeCapped = true;
    heard.page = paging.page ?? heard.page;
    return paging.next;
  }
  if (phrase) return applyPhrase(heard, tokens, i, phrase.effect, phrase.next);
  if (token.lower === '?' && tokens.length === 1) heard.help = true;
  else if (!SILENT_PUNCTUATION.has(token.lower)) leaveUnused(heard, tokens, i, i + 1, 'unknown');
  return i + 1;
}

/** Reads every token of a sentence, left to right, taking the longest reading at each position. */
export function readSentence(tokens: readonly Token[], surroundings: Surroundings): Heard {
  const heard: Heard = {
    statuses: [],
    types: [],
    excluded: { statuses: [], types: [], organizations: [] },
    modules: [],
    measures: {},
    help: false,
    next: false,
    previous: false,
    greeting: false,
    summary: false,
    asks: [],
    count: false,
    when: false,
    newestFirst: false,
    meaningful: 0,
    unused: [],
    exclusionsHeard: false,
    absent: { statuses: [], afterNot: [], types: [], organizations: [], missed: false },
  };
  for (let i = 0; i < tokens.length;) i = readAt(heard, tokens, i, surroundings);
  closeExclusion(heard);
  heard.unused.sort((a, b) => a.index - b.index);
  return heard;
}
