import { Agent, request } from 'undici';
import { execute, message } from '../fixtures/activities';
import { executeActions } from '../fixtures/cardData';
import { startBenchConnector, type BenchConnector } from './connector';
import type { HostProcess } from './startHostProcess';
import { millisSince, percentile, round } from './stats';

const TURNS = 200;
const WARM_UP_TURNS = 20;
const TIME_ZONE = 'Europe/Berlin';

export interface TurnFigures {
  turns: number;
  p50Ms: number;
  p99Ms: number;
}

/** Sends one activity to /api/messages and returns the HTTP answer's body. */
async function send(messagesUrl: string, activity: unknown, dispatcher: Agent): Promise<unknown> {
  const response = await request(messagesUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(activity),
    dispatcher,
  });
  const text = await response.body.text();
  if (response.statusCode >= 300) throw new Error(`the bot answered ${response.statusCode}`);
  return text ? JSON.parse(text) : undefined;
}

/** A typed sentence, until its list card reaches the connector. */
export async function listTurn(host: HostProcess, connector: BenchConnector, conversationId: string, dispatcher: Agent): Promise<unknown> {
  const card = connector.nextCard(conversationId);
  await send(
    `${host.url}/${host.routePrefix}/messages`,
    message('failed jobs last 7 days', { serviceUrl: connector.serviceUrl, timeZone: TIME_ZONE, conversationId }),
    dispatcher,
  );
  return card;
}

/** "Next" on a list card: an adaptiveCard/action invoke answered in the HTTP response. */
export async function pagingTurn(
  host: HostProcess,
  connector: BenchConnector,
  next: { verb: string; data: unknown },
  dispatcher: Agent,
): Promise<unknown> {
  return send(
    `${host.url}/${host.routePrefix}/messages`,
    execute(next, { serviceUrl: connector.serviceUrl, timeZone: TIME_ZONE }),
    dispatcher,
  );
}

async function timed(turns: number, turn: () => Promise<unknown>): Promise<TurnFigures> {
  const latencies: number[] = [];
  for (let i = 0; i < turns; i++) {
    const started = process.hrtime.bigint();
    await turn();
    latencies.push(millisSince(started));
  }
  return { turns, p50Ms: round(percentile(latencies, 50), 2), p99Ms: round(percentile(latencies, 99), 2) };
}

/** Bot turns one after another: a list query (message → card at the connector) and a paging invoke. */
export async function benchBotTurn(host: HostProcess): Promise<{ firstTurnMs: number; list: TurnFigures; paging: TurnFigures }> {
  const connector = await startBenchConnector();
  const dispatcher = new Agent({ connections: 1 });
  try {
    const conversationId = 'a:bench-turns';
    // The host's first bot turn: it loads and builds the bot (botbuilder, the card templating) on the way.
    const firstStarted = process.hrtime.bigint();
    const first = await listTurn(host, connector, conversationId, dispatcher);
    const firstTurnMs = round(millisSince(firstStarted), 1);
    const next = executeActions(first).find((action) => action.verb === 'page');
    if (!next) throw new Error('the list card offers no next page');
    await timed(WARM_UP_TURNS, () => listTurn(host, connector, conversationId, dispatcher));
    await timed(WARM_UP_TURNS, () => pagingTurn(host, connector, next, dispatcher));
    const list = await timed(TURNS, () => listTurn(host, connector, conversationId, dispatcher));
    const paging = await timed(TURNS, () => pagingTurn(host, connector, next, dispatcher));
    return { firstTurnMs, list, paging };
  } finally {
    await dispatcher.close();
    await connector.close();
  }
}
