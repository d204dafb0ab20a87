import type { Heard } from './readSentence';
import type { Question, Token } from './types';

/** Words that open a yes/no question about outcomes, "?" or not: "did the backups fail", "has anything failed". */
const AUXILIARIES: ReadonlySet<string> = new Set(['did', 'has', 'have', 'had']);
/**
 * Words that open one when it ends with "?" ("any failures?") or when a quantifier follows them
 * ("were there failures", "were all restores ok"); "were not successful" stays a list.
 */
const QUESTION_MARK_OPENERS: ReadonlySet<string> = new Set(['any', 'anything', 'were', 'was', 'is', 'are', 'do', 'does']);
const QUANTIFIERS: ReadonlySet<string> = new Set(['there', 'all', 'any', 'anything', 'everything']);
/** Said before the question, and not part of it. */
const LEAD_INS: ReadonlySet<string> = new Set(['hi', 'hello', 'hey', 'bot', 'jobsbot', 'so', 'and', 'please']);
/** Verbs that ask for the list itself: "show how many …" is a list with its count first. */
export const LIST_WORDS: ReadonlySet<string> = new Set(['show', 'list', 'display', 'give', 'get', 'find']);

const sorted = (statuses: readonly Question['statuses'][number][]) => [...new Set(statuses)].sort((a, b) => a - b);

/** Whether the sentence asks for the list ("show …", "list …"), which a count then only heads. */
export const asksForList = (tokens: readonly Token[]): boolean => tokens.some((token) => LIST_WORDS.has(token.word));

/**
 * The question a sentence asks, if any: "how many …" (not on a list), or a yes/no question about
 * outcomes, which must name a status or ask whether everything is fine.
 */
export function questionOf(heard: Heard, tokens: readonly Token[]): Question | undefined {
  if (heard.count) return asksForList(tokens) ? undefined : { kind: 'count', statuses: sorted(heard.statuses) };
  const at = tokens.findIndex((token) => !LEAD_INS.has(token.word));
  const first = tokens[at]?.word ?? '';
  const asked =
    AUXILIARIES.has(first) ||
    (QUESTION_MARK_OPENERS.has(first) && (tokens[tokens.length - 1]?.word === '?' || QUANTIFIERS.has(tokens[at + 1]?.word ?? '')));
  const statuses = sorted(heard.statuses.length > 0 ? heard.statuses : heard.asks);
  return asked && statuses.length > 0 ? { kind: 'yesNo', statuses } : undefined;
}
