import type { CardActionData, CardVerbName } from '../../cards/actions';
import type { AdaptiveCardJson } from '../../cards/expand';
import { errorCard, jobDetailCard } from '../../cards';
import { listCard } from './listCard';
import type { TurnDeps } from './TurnDeps';

/** One card action, validated, with the services and the turn's facts. */
export interface ActionInput {
  data: CardActionData;
  conversationId: string;
  timeZoneIsFallback: boolean;
  deps: TurnDeps;
  signal?: AbortSignal;
}

type VerbHandlers = {
  [Verb in CardVerbName]: (input: ActionInput & { data: Extract<CardActionData, { verb: Verb }> }) => Promise<AdaptiveCardJson>;
};

/** The list the action's data describes (its page already set by the card). */
const showList = ({ data, conversationId, timeZoneIsFallback, deps, signal }: ActionInput): Promise<AdaptiveCardJson> => {
  const { query, reading, timeZone } = data;
  return listCard(deps, conversationId, { query, reading, timeZone, timeZoneIsFallback: timeZone === 'UTC' && timeZoneIsFallback }, signal);
};

/** One handler per card verb; `respondToAction` dispatches through this table only. Errors propagate to it. */
export const verbHandlers: VerbHandlers = {
  page: showList,
  retry: showList,
  async detail({ data, deps, signal }) {
    const job = await deps.jobs.getJob(data.jobId, { signal });
    const back = { query: data.query, reading: data.reading, timeZone: data.timeZone };
    return job
      ? jobDetailCard({ job, timeZone: data.timeZone, back })
      : errorCard({ kind: 'notFound', message: `I found no job with the id ${data.jobId}.`, retry: back });
  },
};
