import type { SummaryService } from '../jobs/createSummaryService';
import type { SummaryQuery } from '../jobs/JobsSummary';
import type { QueryAsRead } from '../jobs/QueryAsRead';
import { summaryAnswerAt } from '../jobs/summaryAnswer';
import type { Question } from '../reader/types';
import type { AdaptiveCardJson } from './expand';
import { summaryCard } from './summaryCard';

/** A summary to show: what it covers, how it was asked, and the question it answers first. */
export interface SummaryRequest extends QueryAsRead<SummaryQuery> {
  question?: Question;
}

/** Counts the range (docs/API.md: what a summary costs upstream) and renders the summary card; the bot's answer and the daily digest. */
export async function summaryReply(
  deps: { summaries: Pick<SummaryService, 'summarize'>; now: () => Date },
  request: SummaryRequest,
  signal?: AbortSignal,
): Promise<AdaptiveCardJson> {
  const { query, timeZone, question } = request;
  const summary = await deps.summaries.summarize(query, { signal, timeZone });
  const now = deps.now();
  const answer = summaryAnswerAt(summary, { now, timeZone }, question);
  return summaryCard({ summary, answer, reading: request.reading, timeZone, question, now });
}
