import type { Organization } from '../jobs/model';
import { UNITS } from './keywords';
import { organizationNames, suggestionsFor } from './organization';
import type { Unused } from './readSentence';
import type { Choice, Clarification, Token } from './types';

/** Why a sentence cannot run as read. */
export type Problem =
  | { kind: 'unused'; unused: Unused }
  | { kind: 'organization'; name: string; suggestions: string[] }
  | { kind: 'conflict'; message: string }
  | { kind: 'tooLong'; max: number };

export interface ClarifyContext {
  organizations: readonly Organization[];
  /** Whether a candidate sentence is read in full (no question back): only such sentences are offered. */
  readsInFull: (sentence: string) => boolean;
}

const MAX_CHOICES = 4;
const STATUS_CHOICES = ['failed', 'in progress', 'finished with exceptions'];
/** Offered for an unknown word beside a time word ("fiscal year", "this semester"). */
const TIME_CHOICES = ['this quarter', 'this year', 'this month', 'last 30 days'];
const TIME_NEIGHBOURS: ReadonlySet<string> = new Set([
  ...UNITS.keys(),
  'quarter',
  'quarters',
  'this',
  'last',
  'past',
  'previous',
  'next',
  'since',
  'from',
  'during',
  'in',
  'the',
  'of',
  'for',
]);
const STATUSES_SENTENCE = 'a job is in progress, finished, failed or finished with exceptions';

const quote = (words: readonly string[]): string => words.map((word) => `"${word}"`).join(', ');

/** The sentence again from its tokens, with [from, to) replaced by `words` and the other unused positions left out. */
function rewrite(tokens: readonly Token[], from: number, to: number, words: string, drop: ReadonlySet<number>): string {
  const texts: string[] = [];
  tokens.forEach((token, k) => {
    if (k === from) texts.push(words);
    if ((k >= from && k < to) || drop.has(k)) return;
    texts.push(token.text);
  });
  return texts
    .filter((text) => text.length > 0)
    .join(' ')
    .replace(/ \?/g, '?');
}

/** The span of time-ish words around an unknown word, so "from fiscal year" is replaced whole. */
function timeSpan(tokens: readonly Token[], index: number): { from: number; to: number } | undefined {
  let from = index;
  let to = index + 1;
  while (from > 0 && TIME_NEIGHBOURS.has(tokens[from - 1]?.word ?? '')) from--;
  while (to < tokens.length && TIME_NEIGHBOURS.has(tokens[to]?.word ?? '')) to++;
  return from === index && to === index + 1 ? undefined : { from, to };
}

/** Where a typed organisation name stands, to replace it with a known one. */
function nameSpan(tokens: readonly Token[], name: string): { from: number; to: number } | undefined {
  const words = name.split(' ');
  const from = tokens.findIndex((_, k) => words.every((word, j) => tokens[k + j]?.text === word));
  return from < 0 ? undefined : { from, to: from + words.length };
}

interface Draft {
  message: string;
  words: string[];
  candidates: Choice[];
}

function draftFor(problem: Problem, tokens: readonly Token[], context: ClarifyContext, drop: ReadonlySet<number>): Draft {
  const without = (from: number, to: number, label: string): Choice => ({ label, sentence: rewrite(tokens, from, to, '', drop) });
  const replaced = (from: number, to: number, words: string): Choice => ({
    label: words,
    sentence: rewrite(tokens, from, to, words, drop),
  });
  switch (problem.kind) {
    case 'tooLong':
      return { message: `Please ask in fewer than ${problem.max} characters: I read one question at a time.`, words: [], candidates: [] };
    case 'conflict':
      return { message: problem.message, words: [], candidates: [] };
    case 'organization': {
      const span = nameSpan(tokens, problem.name);
      const names = problem.suggestions.length > 0 ? problem.suggestions : context.organizations.map((o) => o.name);
      const message =
        problem.suggestions.length > 0
          ? `I don't know the organisation "${problem.name}". Did you mean ${names.map((name) => `"${name}"`).join(' or ')}?`
          : `I don't know the organisation "${problem.name}". The ones I know are below.`;
      return { message, words: [problem.name], candidates: span ? names.map((name) => replaced(span.from, span.to, name)) : [] };
    }
    case 'unused': {
      const { text, index, why } = problem.unused;
      const alone = without(index, index + 1, `Without "${text}"`);
      if (why === 'status') {
        return {
          message: `AvePoint has no "${text}" status: ${STATUSES_SENTENCE}.`,
          words: [text],
          candidates: STATUS_CHOICES.map((status) => replaced(index, index + 1, status)),
        };
      }
      if (why === 'repeated')
        return {
          message: `I can use one time, one organisation and one order at a time: "${text}" is one more.`,
          words: [text],
          candidates: [alone],
        };
      if (why === 'exclusion') return { message: `I can't tell what "${text}" should leave out here.`, words: [text], candidates: [alone] };
      const names = suggestionsFor(text.toLowerCase(), organizationNames(context.organizations));
      if (names.length > 0) {
        return {
          message: `I don't know "${text}". Did you mean ${names.map((name) => `"${name}"`).join(' or ')}?`,
          words: [text],
          candidates: [...names.map((name) => replaced(index, index + 1, name)), alone],
        };
      }
      const span = timeSpan(tokens, index);
      const times = span ? TIME_CHOICES.map((words) => replaced(span.from, span.to, words)) : [];
      return { message: `I can't use "${text}" yet.`, words: [text], candidates: [...times, alone] };
    }
  }
}

/**
 * What to ask back for a sentence that cannot run as read: the words, one short sentence, and
 * up to four one-click choices, each a sentence the reader reads in full (others are not offered).
 */
export function clarificationOf(tokens: readonly Token[], problems: readonly Problem[], context: ClarifyContext): Clarification {
  const [first, ...rest] = problems;
  if (!first) return { words: [], message: '', choices: [] };
  // The choices fix the first problem and leave out the other unused words, so that each reads in full.
  const drop = new Set(rest.flatMap((problem) => (problem.kind === 'unused' ? [problem.unused.index] : [])));
  const draft = draftFor(first, tokens, context, drop);
  const others = rest.map((problem) => draftFor(problem, tokens, context, drop));
  const words = [...draft.words, ...others.flatMap((other) => other.words)];
  const seen = new Set<string>();
  const choices = draft.candidates.filter((choice) => {
    if (seen.has(choice.sentence) || !context.readsInFull(choice.sentence)) return false;
    seen.add(choice.sentence);
    return true;
  });
  const more = others.length > 0 ? ` Also: ${quote(others.flatMap((other) => other.words))}.` : '';
  return {
    words,
    message: `${draft.message}${others.length > 0 && others.some((o) => o.words.length > 0) ? more : ''}`,
    choices: choices.slice(0, MAX_CHOICES),
  };
}
