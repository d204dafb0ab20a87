import type { JobStatusValue, JobTypeValue } from '../jobs/enums';
import { readOrganization, type OrganizationMatch, type OrganizationName } from './organization';
import { PHRASES_BY_FIRST_WORD } from './phrases';
import { tokenize } from './tokenize';
import type { Token } from './types';

/** What a `key:value` token says, or `unread` when the key is ours but the value is not understood. */
export type KeyValueMatch =
  | { kind: 'status'; statuses: JobStatusValue[] }
  | { kind: 'type'; type: JobTypeValue }
  | { kind: 'organization'; match: OrganizationMatch }
  | { kind: 'unread' };

const KEY = /^([a-z]+):/;
const QUOTES = /"/g;
const STATUS_KEYS: ReadonlySet<string> = new Set(['status', 'statuses', 'state']);
const TYPE_KEYS: ReadonlySet<string> = new Set(['type', 'kind', 'jobtype']);
const ORGANIZATION_KEYS: ReadonlySet<string> = new Set(['org', 'organization', 'organisation', 'tenant']);

/** The one phrase that covers every word of the value ("in-progress", "dry run"), if any. */
function wholePhrase(words: readonly Token[]) {
  const phrases = PHRASES_BY_FIRST_WORD.get(words[0]?.word ?? '') ?? [];
  return phrases.find((p) => p.words.length === words.length && p.words.every((word, k) => words[k]?.word === word))?.effect;
}

/** Reads `status:failed`, `type:restore`, `org:contoso`, `org:"Northwind Traders"`; undefined for another key. */
export function readKeyValue(token: Token, names: readonly OrganizationName[]): KeyValueMatch | undefined {
  const m = KEY.exec(token.lower);
  if (!m) return undefined;
  const key = m[1] as string;
  const value = tokenize(token.text.slice(key.length + 1).replace(QUOTES, ''));
  if (ORGANIZATION_KEYS.has(key)) {
    const match = value.length > 0 ? readOrganization([{ text: key, lower: key, word: 'org' }, ...value], 0, names) : undefined;
    return match ? { kind: 'organization', match } : { kind: 'unread' };
  }
  if (!STATUS_KEYS.has(key) && !TYPE_KEYS.has(key)) return undefined;
  const effect = wholePhrase(value);
  if (effect?.kind === 'status' && STATUS_KEYS.has(key)) return { kind: 'status', statuses: effect.statuses };
  if (effect?.kind === 'type' && TYPE_KEYS.has(key)) return { kind: 'type', type: effect.type };
  return { kind: 'unread' };
}
