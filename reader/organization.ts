import type { Organization } from '../jobs/model';
import { editDistance } from '../jobs/editDistance';
import { ORGANIZATION_WORDS } from './keywords';
import type { Token } from './types';
import { KNOWN_WORDS } from './vocabulary';
import { GUID } from '../jobs/guid';

/** A known organisation with its name as comparable words. */
export interface OrganizationName {
  organization: Organization;
  words: string[];
  key: string;
}

export type OrganizationMatch =
  { kind: 'known'; organization: Organization; next: number } | { kind: 'unknown'; name: string; suggestions: string[]; next: number };

const SKIPPED_AFTER_TRIGGER: ReadonlySet<string> = new Set(['the', 'org', 'organization', 'organisation', 'tenant']);
/** Legal suffixes people add or leave out: "Fabrikam Inc" is "Fabrikam, Inc.". */
const SUFFIXES: ReadonlySet<string> = new Set(['inc', 'llc', 'ltd', 'corp', 'corporation', 'limited', 'gmbh', 'plc', 'co']);
/** Numbers and dates end a name: "in 2026" is no organisation. */
const NUMERIC = /^[\d/–—-]+$/;
const CAPITALISED = /^\p{Lu}/u;
const NOT_NAME_CHARACTERS = /[^\p{L}\p{N}]+/gu;
const MAX_NAME_WORDS = 4;
const MAX_SUGGESTIONS = 3;

function nameWords(name: string): string[] {
  const words = name.toLowerCase().replace(NOT_NAME_CHARACTERS, ' ').trim().split(' ');
  while (words.length > 1 && SUFFIXES.has(words[words.length - 1] as string)) words.pop();
  return words;
}

/** Prepares the known names for matching, longest first so "Northwind Traders" beats "Northwind". */
// NOTE: built per call on purpose: the list is the caller's (it may change between calls), and a cache keyed by it could go stale.
export function organizationNames(organizations: readonly Organization[]): OrganizationName[] {
  return organizations
    .map((organization) => {
      const words = nameWords(organization.name);
      return { organization, words, key: words.join(' ') };
    })
    .filter((name) => name.key.length > 0)
    .sort((a, b) => b.words.length - a.words.length);
}

function skipSuffixes(tokens: readonly Token[], j: number): number {
  while (SUFFIXES.has(tokens[j]?.lower ?? '')) j++;
  return j;
}

function matchesAt(tokens: readonly Token[], j: number, words: readonly string[]): boolean {
  return words.every((word, k) => tokens[j + k]?.lower === word);
}

/** Known names nearest to an unknown one: a shared prefix counts as nearest, then edit distance. */
export function suggestionsFor(key: string, names: readonly OrganizationName[]): string[] {
  const limit = Math.max(2, Math.floor(key.length / 2));
  return names
    .map(({ organization, key: known }) => ({
      name: organization.name,
      distance: known.startsWith(key) || key.startsWith(known) ? 0 : editDistance(key, known, limit),
    }))
    .filter((candidate) => candidate.distance <= limit)
    .sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name, 'en'))
    .slice(0, MAX_SUGGESTIONS)
    .map((candidate) => candidate.name);
}

/**
 * A known name standing anywhere ("contoso failures", "what happened with fabrikam"). The caller
 * tries it only at words that are not ours, so a name such as "Export" cannot steal a keyword.
 */
export function readKnownName(tokens: readonly Token[], i: number, names: readonly OrganizationName[]): OrganizationMatch | undefined {
  const first = tokens[i]?.lower ?? '';
  for (const name of names) {
    if (name.words[0] !== first || !matchesAt(tokens, i, name.words)) continue;
    return { kind: 'known', organization: name.organization, next: skipSuffixes(tokens, i + name.words.length) };
  }
  const only = uniqueHolder(first, names);
  return only && { kind: 'known', organization: only.organization, next: skipSuffixes(tokens, i + 1) };
}

/** Shortest start of a name word that stands for the name ("North" for "Northwind Traders"). */
const MIN_PREFIX = 4;

/** The one known name holding this word, or a word it starts ("wingtip", "northw"), if exactly one does. */
function uniqueHolder(word: string, names: readonly OrganizationName[]): OrganizationName | undefined {
  if (word.length < MIN_PREFIX) return undefined;
  const holders = names.filter((name) => name.words.some((w) => w.startsWith(word)));
  return holders.length === 1 ? holders[0] : undefined;
}

/**
 * Reads "for contoso", "org Fabrikam Inc", "in tenant Northwind Traders" at tokens[i].
 * Declines (undefined) when the next word is a keyword ("for yesterday", "in progress") or a GUID.
 */
export function readOrganization(tokens: readonly Token[], i: number, names: readonly OrganizationName[]): OrganizationMatch | undefined {
  const trigger = tokens[i]?.word ?? '';
  if (!ORGANIZATION_WORDS.has(trigger)) return undefined;
  let j = i + 1;
  while (SKIPPED_AFTER_TRIGGER.has(tokens[j]?.lower ?? '')) j++;
  for (const name of names) {
    if (matchesAt(tokens, j, name.words)) {
      return { kind: 'known', organization: name.organization, next: skipSuffixes(tokens, j + name.words.length) };
    }
  }
  const typed: Token[] = [];
  for (let k = j; k < tokens.length && typed.length < MAX_NAME_WORDS; k++) {
    const token = tokens[k] as Token;
    if (KNOWN_WORDS.has(token.word) || GUID.test(token.lower) || NUMERIC.test(token.lower) || token.lower === '?') break;
    typed.push(token);
  }
  const next = j + typed.length;
  while (typed.length > 0 && SUFFIXES.has((typed[typed.length - 1] as Token).lower)) typed.pop();
  // "in" is mostly a preposition ("in the night"): only a capitalised word after it is taken as a name.
  if (typed.length === 0 || (trigger === 'in' && !CAPITALISED.test((typed[0] as Token).text))) return undefined;
  const only = typed.length === 1 ? uniqueHolder((typed[0] as Token).lower, names) : undefined;
  if (only) return { kind: 'known', organization: only.organization, next };
  const name = typed.map((token) => token.text).join(' ');
  return { kind: 'unknown', name, suggestions: suggestionsFor(nameWords(name).join(' '), names), next };
}
