import type { JobStatusValue } from '../jobs/enums';
import type { Organization } from '../jobs/model';
import { sortedStatuses, without } from './lists';
import { ABOUT_ORGANIZATIONS, LEAD_INS, asksYesNo } from './question';
import type { Heard } from './readSentence';
import type { Question, Token } from './types';

/** Words that open a question about what is missing, "?" or not: "no failures this week", "none failed?". */
const OPENS_ABSENCE: ReadonlySet<string> = new Set(['no', 'none', 'nothing', 'zero']);

/** "failed jobs by org": organisations as a grouping, not as the subject. */
const GROUPING: ReadonlySet<string> = new Set(['by', 'per', 'each']);

/**
 * Whether organisations are asked for: named before the word of absence ("which orgs had no backup",
 * "who has no failures") or after "which" ("no backups for which orgs?"), not as a grouping ("by org").
 */
const asksForOrganizations = (tokens: readonly Token[], absenceAt: number): boolean =>
  tokens.some((token, i) => {
    if (!ABOUT_ORGANIZATIONS.has(token.word)) return false;
    const before = tokens[i - 1]?.word ?? '';
    return before === 'which' || before === 'what' || (i < absenceAt && !GROUPING.has(before));
  });

/**
 * A sentence that asks whether something is missing, read as a question about its presence:
 * - "which organisations had no backup yesterday?", "tenants that didn't back up", "missed backups": `missing`, the
 *   organisations without such jobs;
 * - "no failures this week?", "were there no errors?", "did nothing fail?": `none`, how many there were.
 * What was absent is then what the query asks for, not what it leaves out (leaving it out would answer
 * the opposite question). Any other sentence ("jobs with no errors", "everything, no restores") stays a list without them.
 */
export function absenceQuestionOf(heard: Heard, tokens: readonly Token[]): { heard: Heard; question: Question } | undefined {
  const { absent } = heard;
  if (absent.statuses.length === 0 && absent.types.length === 0) return undefined;
  // "none of Contoso's backups": the organisation is whose jobs are asked about; two of them are a list without both.
  const [organization, ...others] = heard.organizationId === undefined ? absent.organizations : [];
  if (others.length > 0) return undefined;
  if (organization === undefined && heard.organizationId === undefined && (absent.missed || asksForOrganizations(tokens, absent.at ?? 0))) {
    // "which orgs didn't have a successful backup": about organisations, "not" says what they lack too.
    const lacking = [...absent.statuses, ...absent.afterNot];
    return { heard: asPresent(heard, lacking), question: { kind: 'missing', statuses: sortedStatuses(lacking) } };
  }
  const present = asPresent(heard, absent.statuses, organization);
  const at = tokens.findIndex((token) => !LEAD_INS.has(token.word));
  if (OPENS_ABSENCE.has(tokens[at]?.word ?? '') || asksYesNo(present, tokens, at)) {
    return { heard: present, question: { kind: 'none', statuses: sortedStatuses(absent.statuses) } };
  }
  return undefined;
}

/** What was absent (these statuses, the absent types, perhaps one organisation) as what is asked for rather than left out. */
function asPresent(heard: Heard, statuses: readonly JobStatusValue[], organization?: Organization): Heard {
  const { absent, excluded } = heard;
  const left = {
    statuses: without(excluded.statuses, statuses),
    types: without(excluded.types, absent.types),
    organizations: organization ? without(excluded.organizations, [organization]) : excluded.organizations,
  };
  return {
    ...heard,
    statuses: [...heard.statuses, ...statuses],
    types: [...heard.types, ...absent.types],
    excluded: left,
    exclusionsHeard: Object.values(left).some((items) => items.length > 0),
    ...(organization && { organization, organizationId: organization.id }),
  };
}
