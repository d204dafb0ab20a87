import { JobStatus, jobStatusName, jobTypeLabels, jobTypeName, type JobStatusValue } from './enums';
import type { JobsSummary, OrganizationSummary, StatusCounts } from './JobsSummary';
import { rangePhrase } from './rangePhrase';
import type { Question } from './Question';
import { summaryInsights } from './summaryInsights';

/** Organisations named in an answer before "and N more". */
const NAMED_IN_ANSWER = 3;

const VERB: Record<string, string> = {
  inProgress: 'are still running',
  finished: 'finished',
  failed: 'failed',
  finishedWithException: 'finished with exceptions',
};

/**
 * The one sentence a summary card and GET /api/summary lead with: a direct answer to the question
 * when there was one ("Yes: all 52 backups since yesterday 18:00 finished."), else the state of the
 * range ("3 of 52 jobs in the last 24 hours failed: Contoso 2, Fabrikam 1."), then stale organisations.
 */
export function summaryAnswer(summary: JobsSummary, range: string, question?: Question): string {
  const noun = jobTypeLabels(jobTypeName(summary.query.type) ?? 'all').plural;
  const { totalCount: total, byStatus } = summary;
  const failed = byStatus.failed;
  const failures = failed > 0 ? `${failed} of ${total} failed, ${byOrganization(summary.organizations)}` : '';
  const stale = staleNote(summary);
  if (question?.kind === 'count') {
    const counted = question.statuses.length === 0 ? total : countIn(byStatus, question.statuses);
    return `${countSentence(counted, summary.query.type, question.statuses, range)}${stale}`;
  }
  if (question?.kind === 'missing') return `${missingAnswer(summary, question.statuses, noun, range)}${stale}`;
  if (total === 0) return `No ${noun} ran ${range}.${stale}`;
  if (question?.kind === 'none') return `${noneAnswer(summary, question.statuses, noun, range)}${stale}`;
  if (question?.kind === 'rate' || question?.kind === 'worst' || question?.kind === 'trend')
    return `${figureAnswer(summary, question.kind, noun, range)}${stale}`;
  if (question?.kind === 'any') return `${anyAnswer(summary, question.statuses, noun, range)}${stale}`;
  if (question?.kind === 'all' && !question.statuses.every((s) => s === JobStatus.finished)) {
    const matched = countIn(byStatus, question.statuses);
    return `${matched === total ? 'Yes' : 'No'}: ${matched} of ${total} ${noun} ${range} ${verbOf(question.statuses)}.${stale}`;
  }
  if (question?.kind === 'all') {
    if (failed > 0) return `No: ${failures}.${stale}`;
    if (byStatus.finishedWithException > 0)
      return `Not quite: ${byStatus.finishedWithException} of ${total} ${noun} ${range} finished with exceptions.${stale}`;
    if (byStatus.inProgress > 0) return `Not yet: ${byStatus.inProgress} of ${total} ${noun} ${range} are still running.${stale}`;
    return `Yes: all ${total} ${noun} ${range} finished.${stale}`;
  }
  const rest = [
    byStatus.finishedWithException > 0 && `${byStatus.finishedWithException} finished with exceptions`,
    byStatus.inProgress > 0 && `${byStatus.inProgress} are still running`,
  ].filter(Boolean);
  if (failed > 0)
    return `${failed} of ${total} ${noun} ${range} failed: ${byOrganization(summary.organizations)}${rest.length ? `; ${rest.join(', ')}` : ''}.${stale}`;
  if (rest.length > 0) return `No failures among ${total} ${noun} ${range}; ${rest.join(', ')}.${stale}`;
  return `All ${total} ${noun} ${range} finished.${stale}`;
}

/** The rate, the worst record or the comparison with the period before, as summaryInsights words them. */
function figureAnswer(summary: JobsSummary, kind: 'rate' | 'worst' | 'trend', noun: string, range: string): string {
  const insights = summaryInsights(summary);
  const [rate, trend, worst] = [/^Success rate/, /failed: /, /^Worst record/].map((shape) => insights.find((line) => shape.test(line)));
  if (kind === 'rate') return rate ?? `No ${noun} ended ${range}, so there is no success rate yet.`;
  if (kind === 'trend') return trend ?? `No ${noun} failed ${range}, nor in the period before.`;
  if (summary.query.organizationId !== undefined) return `Only one organisation was asked about ${range}: ask without it to rank them.`;
  if (!worst) return `No organisation stands out ${range}: none has a failure or an exception.`;
  // "Who had the most failures?" reads as this question too: when the most failures are elsewhere, say so.
  const mostFailed = summary.organizations.reduce<OrganizationSummary | undefined>(
    (most, o) => (o.byStatus.failed > (most?.byStatus.failed ?? 0) ? o : most),
    undefined,
  );
  return mostFailed && mostFailed.byStatus.failed > (summary.worstRecord?.failed ?? 0)
    ? `${worst} Most failures: ${mostFailed.organizationName}, ${mostFailed.byStatus.failed}.`
    : worst;
}

/** "Yes: 2 of 52 backups since yesterday failed: Contoso 2." — whether any job has one of `statuses`. */
function anyAnswer(summary: JobsSummary, statuses: readonly JobStatusValue[], noun: string, range: string): string {
  const matched = countIn(summary.byStatus, statuses);
  if (matched === 0) return `No: none of the ${summary.totalCount} ${noun} ${range} ${verbOf(statuses)}.`;
  if (statuses.length === 1 && statuses[0] === JobStatus.failed)
    return `Yes: ${matched} of ${summary.totalCount} failed, ${byOrganization(summary.organizations)}.`;
  return `Yes: ${matchedSentence(summary, statuses, matched, noun, range)}`;
}

/** "3 of 40 jobs this week failed: Contoso 2 and Fabrikam 1.", "None of the 40 jobs this week failed.": facts, no Yes or No. */
function noneAnswer(summary: JobsSummary, statuses: readonly JobStatusValue[], noun: string, range: string): string {
  if (statuses.length === 0) return countSentence(summary.totalCount, summary.query.type, statuses, range);
  const matched = countIn(summary.byStatus, statuses);
  if (matched === 0) return `None of the ${summary.totalCount} ${noun} ${range} ${verbOf(statuses)}.`;
  return matchedSentence(summary, statuses, matched, noun, range);
}

/** "3 of 40 jobs this week failed or finished with exceptions: Contoso 2 and Fabrikam 1.": who failed, when failures are counted. */
function matchedSentence(summary: JobsSummary, statuses: readonly JobStatusValue[], matched: number, noun: string, range: string): string {
  const who = statuses.includes(JobStatus.failed) && summary.byStatus.failed > 0 ? `: ${byOrganization(summary.organizations)}` : '';
  return `${matched} of ${summary.totalCount} ${noun} ${range} ${verbOf(statuses)}${who}.`;
}

/** "2 of 5 organisations had no backups yesterday: Contoso and Fabrikam.": those without a job of the type and statuses. */
function missingAnswer(summary: JobsSummary, statuses: readonly JobStatusValue[], noun: string, range: string): string {
  const { organizations } = summary;
  if (organizations.length === 0) return 'No organisation is known yet, so none can be named.';
  const counted = (o: OrganizationSummary) =>
    statuses.length === 0 ? Object.values(o.byStatus).reduce((sum, n) => sum + n, 0) : countIn(o.byStatus, statuses);
  const missing = organizations.filter((o) => counted(o) === 0);
  const what = statuses.length === 0 ? noun : `${noun} that ${verbOf(statuses)}`;
  if (organizations.length === 1) return `${organizations[0]!.organizationName} had ${missing.length === 0 ? '' : 'no '}${what} ${range}.`;
  if (missing.length === 0) return `Every organisation had ${what} ${range}.`;
  const names = namedList(missing.map((o) => o.organizationName));
  return `${missing.length} of ${organizations.length} organisations had no ${what} ${range}: ${names}.`;
}

const verbOf = (statuses: readonly JobStatusValue[]): string =>
  statuses.length === 1
    ? (VERB[jobStatusName(statuses[0]!) ?? ''] ?? 'matched')
    : statuses.map((s) => VERB[jobStatusName(s) ?? ''] ?? '').join(' or ');

/** "12 backups failed this week.": a count said first, on a summary or above a list. */
export function countSentence(count: number, type: number, statuses: readonly JobStatusValue[], range: string): string {
  const noun = jobTypeLabels(jobTypeName(type) ?? 'all').plural;
  const verb = statuses.length === 0 ? 'ran' : verbOf(statuses);
  return `${count} ${count === 1 ? noun.replace(/s$/, '') : noun} ${verb} ${range}.`;
}

/** summaryAnswer with the summary's own range in words, as the user's zone and clock say it. */
export const summaryAnswerAt = (summary: JobsSummary, at: { now: Date; timeZone: string }, question?: Question): string =>
  summaryAnswer(summary, rangePhrase(summary.query.startTime, summary.query.endTime, at.now, at.timeZone), question);

/** How many of `counts` have one of `statuses` (a status AvePoint does not define counts none). */
const countIn = (counts: StatusCounts, statuses: readonly JobStatusValue[]): number =>
  statuses.reduce((sum, status) => {
    const name = jobStatusName(status);
    return sum + (name ? counts[name] : 0);
  }, 0);

/** "Contoso 2 and Fabrikam 1", "A 3, B 2, C 1 and 2 more". */
function byOrganization(organizations: OrganizationSummary[]): string {
  const failing = organizations.filter((o) => o.byStatus.failed > 0);
  if (failing.length === 0) return 'in organisations not yet known';
  return namedList(failing.map((o) => `${o.organizationName} ${o.byStatus.failed}`));
}

function staleNote(summary: JobsSummary): string {
  const stale = summary.organizations.filter((o) => o.stale);
  if (stale.length === 0) return '';
  const who = namedList(stale.map((o) => o.organizationName));
  return ` ${stale.length === 1 ? 'No successful backup' : `${stale.length} organisations have no successful backup`} within ${summary.rpoHours} hours${stale.length === 1 ? ` for ${who}` : `: ${who}`}.`;
}

/** "A, B and C", "A, B, C and 2 more": the first NAMED_IN_ANSWER, then how many others. */
const namedList = (names: readonly string[]): string => {
  const named = names.slice(0, NAMED_IN_ANSWER);
  const more = names.length - named.length;
  return listing(more > 0 ? [...named, `${more} more`] : named);
};

const listing = (items: string[]): string => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);
