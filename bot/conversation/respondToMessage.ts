import { MAX_LIST_ROWS } from '../../cards';
import { mayNameOrganization, readRequest } from '../../reader';
import type { Intent, Request, RequestContext } from '../../reader';
import { errorCardFor } from './errorCardFor';
import { intentHandlers } from './intentHandlers';
import type { MessageTurn } from './intentHandlers';
import { card } from './Reply';
import type { Outcome } from './Reply';
import { respondToSubscriptionCommand } from './subscriptionCommands';
import type { BotDependencies } from '../BotDependencies';
import { respondToTimeZoneSetting } from './userTimeZone';
import { errorLine } from '../../shared/errorLine';

/** A request's route: its kind, or for a sentence about jobs its intent. */
type Route = Exclude<Request['kind'], 'jobs'> | Intent;
type RequestOf<R extends Route> = R extends 'timeZone' | 'subscription'
  ? Extract<Request, { kind: R }>
  : Extract<Request, { kind: 'jobs' }>;
type Routes = { [R in Route]: (request: RequestOf<R>, turn: MessageTurn, deps: BotDependencies) => Promise<Outcome> };

const routeOf = (request: Request): Route => (request.kind === 'jobs' ? request.understanding.intent : request.kind);

const replies =
  (intent: Intent) =>
  async ({ understanding }: Extract<Request, { kind: 'jobs' }>, turn: MessageTurn, deps: BotDependencies): Promise<Outcome> => ({
    replies: await intentHandlers[intent]({ turn, understood: understanding, deps }),
  });

/** The one route table: each kind of request (and each intent of a sentence about jobs) has one handler. */
const routes: Routes = {
  timeZone: ({ setting }, turn, deps) => respondToTimeZoneSetting(setting, turn, deps),
  subscription: ({ command }, turn, deps) => respondToSubscriptionCommand(command, turn, deps),
  query: replies('query'),
  summary: replies('summary'),
  next: replies('next'),
  previous: replies('previous'),
  help: replies('help'),
  greeting: replies('greeting'),
  job: replies('job'),
  clarify: replies('clarify'),
};

/**
 * Reads the sentence once into one request and answers through the route table. Never throws:
 * failures become cards. What fails here before any query exists (the organisation names) offers
 * "Try again", which sends the sentence again.
 */
export async function respondToMessage(turn: MessageTurn, deps: BotDependencies): Promise<Outcome> {
  try {
    const request = await read(turn, deps);
    const route = routeOf(request);
    return await (routes[route] as (request: Request, turn: MessageTurn, deps: BotDependencies) => Promise<Outcome>)(request, turn, deps);
  } catch (error) {
    return { replies: [card(errorCardFor(error, deps.logger, { sentence: turn.text }))] };
  }
}

/**
 * The sentence is read without organisation names first, so that help, greetings, paging, job
 * ids and settings never wait for the directory (or the upstream behind it); only a request that
 * may name an organisation is read again with them: at most two reads a turn.
 */
async function read(turn: MessageTurn, deps: BotDependencies): Promise<Request> {
  // A sentence asks for at most one card's rows; a larger ask is cut and the card says so.
  const context: RequestContext = {
    now: deps.now(),
    timeZone: turn.timeZone,
    locale: turn.locale,
    organizations: [],
    maxPageSize: MAX_LIST_ROWS,
    serves: { timeZone: true, subscriptions: true },
  };
  const first = readRequest(turn.text, context);
  if (!mayNameOrganization(first)) return first;
  const organizations = await deps.jobs.organizations().catch((error: unknown) => {
    // Help stays help without names; anything else needs them (never widen a query by dropping a name).
    if (first.kind !== 'jobs' || first.understanding.intent !== 'help') throw error;
    deps.logger.warn('Organisations unavailable; answered help without them', {
      error: errorLine(error),
    });
    return undefined;
  });
  return organizations ? readRequest(turn.text, { ...context, organizations }) : first;
}
