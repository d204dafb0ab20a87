import type { JobsService } from './JobsService';
import type { JobsSummary } from './JobsSummary';
import { summaryQueryOf } from './JobsSummary';
import type { SummaryService } from './createSummaryService';
import type { Job, JobQuery, Organization } from './model';
import type { Question } from './Question';
import { rangePhrase } from './rangePhrase';
import { countSentence, summaryAnswerAt } from './summaryAnswer';
import { latestAnswer, whenAnswer } from './whenAnswer';

/** What an answer needs of a sentence as read. */
export interface AskedQuestion {
  query: JobQuery;
  timeZone: string;
  question?: Question;
  organization?: Organization;
}

export interface AnswerDeps {
  jobs: Pick<JobsService, 'getJobs'>;
  summaries: SummaryService;
  now: () => Date;
}

/**
 * The answer sentence to a question as asked: "when" and "was the last … ok?" from the newest matching job (returned too), "any" and "how many"
 * with a refinement from the refined list, the others (yes/no, how many, figures, or none: the state of
 * the range) from the summary of the range, which is returned too.
 */
export async function answerQuestion(
  asked: AskedQuestion,
  deps: AnswerDeps,
): Promise<{ answer: string; summary?: JobsSummary; newest?: Job }> {
  const at = { now: deps.now(), timeZone: asked.timeZone };
  const { question } = asked;
  if (question?.kind === 'when' || question?.kind === 'latest') {
    const newest = (await deps.jobs.getJobs({ ...asked.query, page: 1, pageSize: 1 })).jobs[0];
    const answer =
      question.kind === 'when'
        ? whenAnswer(newest, asked.query, at, asked.organization?.name)
        : latestAnswer(newest, question.statuses, asked.query, at, asked.organization?.name);
    return { answer, ...(newest && { newest }) };
  }
  // What the summary cannot refine ("any failures except at Contoso?") is counted on the refined list.
  if (asked.query.refine && (asked.question?.kind === 'any' || asked.question?.kind === 'count')) {
    const { totalCount } = await deps.jobs.getJobs({ ...asked.query, page: 1, pageSize: 1 });
    const range = rangePhrase(asked.query.startTime, asked.query.endTime, at.now, at.timeZone);
    const counted = countSentence(totalCount, asked.query.type, asked.query.statuses, range);
    return { answer: asked.question.kind === 'count' ? counted : `${totalCount > 0 ? 'Yes' : 'No'}: ${counted}` };
  }
  const summary = await deps.summaries.summarize(summaryQueryOf(asked.query));
  return { answer: summaryAnswerAt(summary, at, asked.question), summary };
}
