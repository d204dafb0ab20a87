import { helpCard, jobDetailCard, listAction } from '../../cards';
import { clarifyCard } from '../../cards/clarifyCard';
import { answerQuestion } from '../../jobs/answerQuestion';
import { actionReading } from '../../cards/actions';
import { timeProblemMessage } from '../../jobs/timeProblemMessage';
import type { Intent, Understanding } from '../../reader';
import type { Incoming } from './Incoming';
import { errorCardFor } from './errorCardFor';
import { listCard, withCapNote } from './listCard';
import { recall } from './rememberedQuery';
import { summaryReply } from '../../cards/summaryReply';
import { summaryQueryOf } from '../../jobs/JobsSummary';
import type { ListRequest } from './listCard';
import { card, text } from './Reply';
import type { Reply } from './Reply';
import type { BotDependencies } from '../BotDependencies';

export type MessageTurn = Extract<Incoming, { kind: 'message' }>;

/** What an intent handler gets: the message, how it was read, and the services. */
export interface IntentInput {
  turn: MessageTurn;
  understood: Understanding;
  deps: BotDependencies;
}

type IntentHandler = (input: IntentInput) => Promise<Reply[]>;

const GREETING_HINT = 'Hi! Ask me about AvePoint backup jobs, for example “failed jobs today”.';

/** The list for `request`, or the error card that offers to retry it. */
async function listReplies(deps: BotDependencies, conversationId: string, request: ListRequest): Promise<Reply[]> {
  try {
    return [card(await listCard(deps, conversationId, request))];
  } catch (error) {
    return [card(errorCardFor(error, deps.logger, { action: listAction('retry', request) }))];
  }
}

/** A time that cannot be answered is said in the user's words, never another range instead. */
function refusal({ timeProblem }: Understanding): Reply[] | undefined {
  return timeProblem ? [text(timeProblemMessage(timeProblem))] : undefined;
}

/** "When was the last good backup?", "was the last backup ok?": the answer from the newest matching job, then its card. */
async function newestJobReplies({ understood, deps }: IntentInput): Promise<Reply[]> {
  const { answer, newest } = await answerQuestion(understood, deps);
  return newest ? [text(answer), card(jobDetailCard({ job: newest, timeZone: understood.timeZone }))] : [text(answer)];
}

/** "Any failures except at Contoso?": the answer counted on the refined list, then the list itself. */
async function refinedAnswerReplies({ turn, understood, deps }: IntentInput): Promise<Reply[]> {
  const { answer } = await answerQuestion(understood, deps);
  const { query, timeZone } = understood;
  return [
    text(answer),
    ...(await listReplies(deps, turn.conversationId, {
      query,
      reading: understood.reading,
      timeZone,
      timeZoneIsFallback: turn.timeZoneIsFallback,
    })),
  ];
}

/** Continues the conversation's last query `step` pages on; without one there is nothing to continue. */
const continueQuery =
  (step: 1 | -1): IntentHandler =>
  async ({ turn, deps }) => {
    const saved = await recall(deps, turn.conversationId);
    if (saved === 'unavailable') return [text('I cannot read the last list right now. Ask for the jobs again, e.g. “failed jobs today”.')];
    if (!saved) return [text('There is no earlier list to continue. Ask for some jobs first.'), card(helpCard())];
    const query = { ...saved.query, page: Math.max(1, saved.query.page + step) };
    return listReplies(deps, turn.conversationId, { ...saved, query, timeZoneIsFallback: turn.timeZoneIsFallback });
  };

/** One handler per intent; `respondToMessage` dispatches through this table only. */
export const intentHandlers: Record<Intent, IntentHandler> = {
  async query({ turn, understood, deps }) {
    const refused = refusal(understood);
    if (refused) return refused;
    const { query, timeZone, countFirst, pageSizeCapped } = understood;
    return listReplies(deps, turn.conversationId, {
      query,
      reading: pageSizeCapped ? withCapNote(understood.reading) : understood.reading,
      timeZone,
      timeZoneIsFallback: turn.timeZoneIsFallback,
      ...(countFirst && { countFirst }),
    });
  },
  async summary(input) {
    const { understood, deps } = input;
    const refused = refusal(understood);
    if (refused) return refused;
    if (understood.question?.kind === 'when' || understood.question?.kind === 'latest') return newestJobReplies(input);
    if (understood.query.refine) return refinedAnswerReplies(input);
    const request = {
      query: summaryQueryOf(understood.query),
      reading: understood.reading,
      timeZone: understood.timeZone,
      question: understood.question,
    };
    try {
      return [card(await summaryReply(deps, request))];
    } catch (error) {
      return [card(errorCardFor(error, deps.logger, { action: { verb: 'summary', ...request, reading: actionReading(request.reading) } }))];
    }
  },
  next: continueQuery(1),
  previous: continueQuery(-1),
  // Also what a sentence with nothing understood at all becomes: show what was ignored.
  help: ({ understood }) => Promise.resolve([card(helpCard({ ignored: understood.ignored }))]),
  greeting: () => Promise.resolve([text(GREETING_HINT), card(helpCard())]),
  // Words that cannot be used are asked back, with one-click sentences that can.
  clarify: ({ understood: { clarification, reading } }) =>
    Promise.resolve([card(clarifyCard({ message: clarification?.message ?? '', reading, choices: clarification?.choices ?? [] }))]),
  async job({ understood, deps }) {
    // A failure here is respondToMessage's error card, whose "Try again" sends the sentence again.
    const jobId = understood.jobId ?? '';
    const job = await deps.jobs.getJob(jobId);
    return job ? [card(jobDetailCard({ job, timeZone: understood.timeZone }))] : [text(`I found no job with the id ${jobId}.`)];
  },
};
