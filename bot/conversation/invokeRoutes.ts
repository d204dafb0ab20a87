import { refusalCard } from '../../cards';
import { invokeTimeoutOf, type BotDependencies } from '../BotDependencies';
import type { AdaptiveCardJson } from '../../cards';
import { composeFailure } from './composeFailure';
import { composeMessage, composeResults } from './composeExtensionAnswer';
import type { Incoming } from './Incoming';
import type { InvokeAnswer } from './Reply';
import { readExecuteData, respondToActionWithin } from './respondToAction';
import { searchJobs } from './searchJobs';
import { unfurlJobLink } from './unfurlJobLink';
import { withDeadline } from './withDeadline';

export type InvokeTurn = Extract<Incoming, { kind: 'action' }>;

/** One kind of invoke: how it is answered, and what a tenant the bot does not serve gets instead. */
interface InvokeRoute {
  answer(turn: InvokeTurn, deps: BotDependencies): Promise<InvokeAnswer>;
  refused(): InvokeAnswer;
}

/** The invoke answer that replaces the clicked card in place. */
const cardAnswer = (value: AdaptiveCardJson): InvokeAnswer => ({
  status: 200,
  body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value },
});

const badRequest = (message: string): InvokeAnswer => ({
  status: 400,
  body: { statusCode: 400, type: 'application/vnd.microsoft.error', value: { code: 'BadRequest', message } },
});

/** Invokes nobody routes here (task modules, sign-in, other extensions' commands): the channel learns so at once. */
export const NOT_IMPLEMENTED: InvokeAnswer = { status: 501, body: undefined };

const REFUSED = 'This app is not available for your organisation. Ask your IT admin to add your tenant to its allowed list.';
const SLOW = 'AvePoint took too long to answer. Type again to retry.';

/**
 * A message-extension invoke within the deadline: a failure or a late answer is said in the compose
 * box (the upstream request is aborted), never a 5xx the user would see as "something went wrong".
 */
async function withinDeadline(deps: BotDependencies, work: (signal: AbortSignal) => Promise<InvokeAnswer>): Promise<InvokeAnswer> {
  try {
    const result = await withDeadline(invokeTimeoutOf(deps.settings), work);
    return result.done ? result.value : composeMessage(SLOW);
  } catch (error) {
    return composeFailure(error, deps.logger);
  }
}

/** One row per invoke name; the conversation dispatches through this table only. */
export const invokeRoutes = new Map<string, InvokeRoute>([
  [
    'adaptiveCard/action',
    {
      async answer({ value, conversationId, timeZone, timeZoneIsFallback, userName }, deps) {
        const data = readExecuteData(value);
        if (!data) return badRequest('The card action carried data this bot does not understand.');
        const input = { data, conversationId, timeZone, timeZoneIsFallback, userName, deps };
        return cardAnswer(await respondToActionWithin(invokeTimeoutOf(deps.settings), input));
      },
      refused: () => cardAnswer(refusalCard()),
    },
  ],
  [
    // "Find jobs" in the compose box and the message extension surface.
    'composeExtension/query',
    {
      answer: ({ value, timeZone, locale }, deps) =>
        withinDeadline(deps, async (signal) => {
          const answer = await searchJobs({ value, timeZone, ...(locale && { locale }), deps, signal });
          return answer ?? badRequest('This app has no such search command.');
        }),
      refused: () => composeMessage(REFUSED),
    },
  ],
  [
    // A pasted link to one of this app's jobs.
    'composeExtension/queryLink',
    {
      answer: ({ value, timeZone }, deps) =>
        withinDeadline(deps, (signal) => unfurlJobLink({ value, timeZone, publicBaseUrl: deps.publicBaseUrl, deps, signal })),
      // The link stays a plain link: nothing about the service is shown.
      refused: () => composeResults([]),
    },
  ],
]);
