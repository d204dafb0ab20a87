import { JobStatus, type JobStatusValue } from '../jobs/enums';
import { GREETINGS } from './phrases';
import { sortedStatuses } from './lists';
import type { Heard } from './readSentence';
import type { Question, Token } from './types';

/** Words that open a question about outcomes, "?" or not: "did the backups fail", "has anything failed". */
const AUXILIARIES: ReadonlySet<string> = new Set(['did', 'has', 'have', 'had']);
/**
 * Words that open one when a subject follows them ("is Wingtip healthy", "were there failures",
 * "are backups running") or the sentence ends with "?"; "were not successful" stays a list.
 */
const COPULAS: ReadonlySet<string> = new Set(['any', 'anything', 'were', 'was', 'is', 'are', 'do', 'does']);
/** After a copula, these are the predicate, not a subject: "were not successful", "were failed". */
const NOT_A_SUBJECT: ReadonlySet<string> = new Set(['not', 'never', '?']);
/** "what failed?", "which restores failed?": the jobs themselves are asked for, so the answer is the list. */
const WHICH: ReadonlySet<string> = new Set(['what', 'which', "what's", 'whats']);
/** Said before the question, and not part of it. */
export const LEAD_INS: ReadonlySet<string> = new Set([
  ...GREETINGS.filter((greeting) => !greeting.includes(' ')),
  'bot',
  'jobsbot',
  'so',
  'and',
  'please',
  'quick',
  'question',
  'ok',
  'okay',
]);
/** "any failures", "is anything running", "were there issues": one such job is a Yes. */
const SOME: ReadonlySet<string> = new Set(['any', 'anything', 'there', 'some', 'something', 'a', 'an', 'single', 'ever']);
/** "were all restores ok", "did every backup succeed": one other job is a No. */
const EVERY: ReadonlySet<string> = new Set(['all', 'every', 'everything', 'each']);
/** Words that make a question one about organisations: "most failures" ranks them, "no backup" names them. */
export const ABOUT_ORGANIZATIONS: ReadonlySet<string> = new Set([
  'who',
  'tenant',
  'tenants',
  'organisation',
  'organisations',
  'organization',
  'organizations',
  'org',
  'orgs',
  'customer',
  'customers',
]);
/** Verbs that ask for the list itself: "show how many …" is a list with its count first. */
export const LIST_WORDS: ReadonlySet<string> = new Set(['show', 'list', 'display', 'give', 'get', 'find']);

/** Whether the sentence asks for the list ("show …", "list …"), which a count then only heads. */
export const asksForList = (tokens: readonly Token[]): boolean => tokens.some((token) => LIST_WORDS.has(token.word));

function isStatusWord(heard: Heard, token: Token | undefined): boolean {
  return token !== undefined && NOT_A_SUBJECT.has(token.word) && heard.statuses.length > 0;
}

/** Whether the sentence is a yes/no question: an auxiliary or a copula with a subject first, or a closing "?" without a list verb. */
export function asksYesNo(heard: Heard, tokens: readonly Token[], at: number): boolean {
  const first = tokens[at]?.word ?? '';
  if (WHICH.has(first)) return false;
  if (AUXILIARIES.has(first)) return true;
  if (COPULAS.has(first) && !isStatusWord(heard, tokens[at + 1])) return tokens.length > at + 1;
  return tokens[tokens.length - 1]?.word === '?' && !asksForList(tokens);
}

/**
 * "Any" or "all", as the sentence quantifies it; without a quantifier, success is asked of all
 * ("did the backups succeed?") and trouble of any ("did the backups fail?").
 */
function quantifierOf(tokens: readonly Token[], statuses: readonly JobStatusValue[]): 'any' | 'all' {
  for (const token of tokens) {
    if (SOME.has(token.word)) return 'any';
    if (EVERY.has(token.word)) return 'all';
  }
  return statuses.every((status) => status === JobStatus.finished) ? 'all' : 'any';
}

/**
 * The question a sentence asks, if any: "how many …" (not on a list), "when …", or a yes/no
 * question about outcomes, which must name a status or ask whether everything is fine.
 */
export function questionOf(heard: Heard, tokens: readonly Token[]): Question | undefined {
  if (heard.count) return asksForList(tokens) ? undefined : { kind: 'count', statuses: sortedStatuses(heard.statuses) };
  if (heard.when) return { kind: 'when', statuses: sortedStatuses(heard.statuses) };
  if (heard.figure) return { kind: heard.figure, statuses: [] };
  // "which tenant has the most failures": a ranking of organisations, not a list in that order.
  if (heard.sort === 'mostFailed' && tokens.some((token) => ABOUT_ORGANIZATIONS.has(token.word))) return { kind: 'worst', statuses: [] };
  const at = tokens.findIndex((token) => !LEAD_INS.has(token.word));
  const statuses = sortedStatuses(heard.statuses.length > 0 ? heard.statuses : heard.asks);
  if (statuses.length === 0 || !asksYesNo(heard, tokens, at)) return undefined;
  // "was the last backup successful?" asks about one job, the newest, not the range.
  if (heard.newestFirst) return { kind: 'latest', statuses };
  return { kind: quantifierOf(tokens, statuses), statuses };
}
