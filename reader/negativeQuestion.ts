import { PHRASES_BY_FIRST_WORD } from './phrases';
import { LEAD_INS } from './question';
import type { Token } from './types';

/** A negated auxiliary, and the auxiliary itself. */
const POSITIVE: ReadonlyMap<string, string> = new Map(
  Object.entries({
    "wasn't": 'was',
    wasnt: 'was',
    "weren't": 'were',
    werent: 'were',
    "isn't": 'is',
    isnt: 'is',
    "aren't": 'are',
    arent: 'are',
    "didn't": 'did',
    didnt: 'did',
    "doesn't": 'does',
    doesnt: 'does',
    "don't": 'do',
    dont: 'do',
    "hasn't": 'has',
    hasnt: 'has',
    "haven't": 'have',
    havent: 'have',
  }),
);

/** Whether a status word can start at this token ("finish", "fail", "succeeded"). */
const startsStatus = (token: Token | undefined): boolean =>
  (PHRASES_BY_FIRST_WORD.get(token?.word ?? '') ?? []).some((phrase) => phrase.effect.kind === 'status');

/**
 * "wasn't there a failure yesterday?", "didn't Contoso fail?": a question opened by a negated
 * auxiliary and its subject asks what the plain one asks ("was there a failure yesterday?"), so its
 * "not" leaves nothing out. Without a subject ("didn't finish yesterday") it is the negation of
 * what follows, as anywhere else. The token keeps its text: what is reported back is what was typed.
 */
export function asPlainQuestion(tokens: Token[]): Token[] {
  const at = tokens.findIndex((token) => !LEAD_INS.has(token.word));
  const plain = POSITIVE.get(tokens[at]?.word ?? '');
  if (plain === undefined || tokens[at + 1] === undefined || startsStatus(tokens[at + 1])) return tokens;
  return tokens.map((token, i) => (i === at ? { ...token, word: plain } : token));
}
