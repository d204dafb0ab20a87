import { HEX_GUID } from '../jobs/guid';
import type { Token } from './types';
import { correctTypo } from './vocabulary';

/** A bot @mention the caller did not strip: Teams markup or a plain "@Name". */
const LEADING_MENTION = /^\s*(?:<at>[^<]*<\/at>|@\S+)\s*/i;

/**
 * GUIDs, ISO, dotted ("11.12.", "11.12.2026") and slash dates, clock times ("18:30", "7:30pm") and
 * `key:value` forms (a quoted value may hold spaces) first, so they stay whole; then words (inner
 * ' and - kept: "didn't", "dry-run"), and the dash and question mark, which mean something on their
 * own. Other punctuation separates words and is dropped.
 */
const TOKENS = new RegExp(
  `${HEX_GUID}|${/\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2}(?!\d))?|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|\d{1,2}:\d{2}(?:[ap]m)?|[a-z]+:(?:"[^"]*"|[\p{L}\p{N}]+(?:[-.][\p{L}\p{N}]+)*)|[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|[–—-]|\?/u.source}`,
  'giu',
);

const CURLY_APOSTROPHE = /’/g;
/** "yesterday's", "monday's": the possessive means the day itself; "how's" is "how is", a summary. */
const POSSESSIVE = /(?<!^how)'s$/;

/** Splits a sentence into tokens, dropping a leading @mention and correcting keyword typos. */
export function tokenize(sentence: string): Token[] {
  const texts = sentence.replace(LEADING_MENTION, '').match(TOKENS) ?? [];
  return texts.map((text) => {
    const lower = text.toLowerCase().replace(CURLY_APOSTROPHE, "'").replace(POSSESSIVE, '');
    return { text, lower, word: correctTypo(lower) };
  });
}
