import { errorCard, jobDetailCard, listAction, summaryReply } from '../../cards';
import type { AdaptiveCardJson, CardActionData, CardVerbName } from '../../cards';
import { alertVerbHandlers } from './alertVerbHandlers';
import { listCard } from './listCard';
import { recall } from './rememberedQuery';
import type { BotDependencies } from '../BotDependencies';

/** One card action, validated, with the services and the turn's facts. */
export interface ActionInput {
  data: CardActionData;
  conversationId: string;
  /** The zone of the click (`localTimezone`), UTC when Teams sent none. */
  timeZone: string;
  timeZoneIsFallback: boolean;
  /** Who clicked (display name), when the channel says. */
  userName?: string;
  deps: BotDependencies;
  signal?: AbortSignal;
}

type VerbHandlers = {
  [Verb in CardVerbName]: (input: ActionInput & { data: Extract<CardActionData, { verb: Verb }> }) => Promise<AdaptiveCardJson>;
};

type ListInput = ActionInput & { data: Extract<CardActionData, { verb: 'page' | 'retry' }> };

/** The list the action's data describes (its page already set by the card), in the zone it was read in. */
const showList = ({ data, conversationId, timeZoneIsFallback, deps, signal }: ListInput): Promise<AdaptiveCardJson> => {
  const { query, reading, timeZone } = data;
  return listCard(deps, conversationId, { query, reading, timeZone, timeZoneIsFallback }, signal);
};

/** One handler per card verb; `respondToAction` dispatches through this table only. Errors propagate to it. */
export const verbHandlers: VerbHandlers = {
  page: showList,
  retry: showList,
  summary: ({ data, deps, signal }) => summaryReply(deps, data, signal),
  async detail({ data, conversationId, timeZone, timeZoneIsFallback, deps, signal }) {
    // The row carries only the job id: "Back to list" is the conversation's last list.
    const [job, remembered] = await Promise.all([deps.jobs.getJob(data.jobId, { signal }), recall(deps, conversationId)]);
    const back = remembered === 'unavailable' ? undefined : remembered;
    const zone = timeZoneIsFallback ? (back?.timeZone ?? timeZone) : timeZone;
    return job
      ? jobDetailCard({ job, timeZone: zone, back })
      : errorCard({
          kind: 'notFound',
          message: `I found no job with the id ${data.jobId}.`,
          retry: back && { action: listAction('retry', back) },
        });
  },
  ...alertVerbHandlers,
};
