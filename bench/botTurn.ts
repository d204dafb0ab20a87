import { Agent, request } from 'undici';
import { execute, message } from '../fixtures/activities';
import { executeActions } from '../fixtures/cardData';
import { setTimeout as sleep } from 'node:timers/promises';
import { WARM_UP_AFTER_MS } from '../app/warmUpWhenIdle';
import { startBenchConnector, type BenchConnector } from './connector';
import { startHostProcess, type HostProcess } from './startHostProcess';
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

/** Runs a timer function once through the host's admin route, as `func` and the Functions host do. */
async function runTimer(host: HostProcess, name: string, dispatcher: Agent): Promise<void> {
  const response = await request(`${host.url}/admin/functions/${name}`, { method: 'POST', body: '{}', dispatcher });
  await response.body.dump();
  if (response.statusCode !== 202) throw new Error(`the ${name} timer answered ${response.statusCode}`);
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

/**
 * The first bot turn of a host process that has just said it listens, sent at once: before the
 * warm-up (app/warmUpWhenIdle.ts), so the turn loads and builds the bot on the way. This is what a
 * message that wakes a cold instance waits for.
 */
async function firstTurnBeforeWarmUp(): Promise<number> {
  const host = await startHostProcess();
  const connector = await startBenchConnector();
  const dispatcher = new Agent({ connections: 1 });
  try {
    const started = process.hrtime.bigint();
    await listTurn(host, connector, 'a:bench-cold', dispatcher);
    return round(millisSince(started), 1);
  } finally {
    await dispatcher.close();
    await connector.close();
    await host.close();
  }
}

/** Bot turns one after another: a list query (message → card at the connector) and a paging invoke. */
export async function benchBotTurn(
  host: HostProcess,
): Promise<{ firstTurnMs: number; firstTurnBeforeWarmUpMs: number; list: TurnFigures; paging: TurnFigures }> {
  const firstTurnBeforeWarmUpMs = await firstTurnBeforeWarmUp();
  const connector = await startBenchConnector();
  const dispatcher = new Agent({ connections: 1 });
  try {
    const conversationId = 'a:bench-turns';
    // The host's first bot turn, once the warm-up has had its time and the organisation timer has run
    // (as on a deployed app, whose directory the timer fills every 30 min): what an instance's first user waits for.
    await sleep(2 * WARM_UP_AFTER_MS);
    await runTimer(host, 'refreshOrganizations', dispatcher);
    const firstStarted = process.hrtime.bigint();
    const first = await listTurn(host, connector, conversationId, dispatcher);
    const firstTurnMs = round(millisSince(firstStarted), 1);
    const next = executeActions(first).find((action) => action.verb === 'page');
    if (!next) throw new Error('the list card offers no next page');
    await timed(WARM_UP_TURNS, () => listTurn(host, connector, conversationId, dispatcher));
    await timed(WARM_UP_TURNS, () => pagingTurn(host, connector, next, dispatcher));
    const list = await timed(TURNS, () => listTurn(host, connector, conversationId, dispatcher));
    const paging = await timed(TURNS, () => pagingTurn(host, connector, next, dispatcher));
    return { firstTurnMs, firstTurnBeforeWarmUpMs, list, paging };
  } finally {
    await dispatcher.close();
    await connector.close();
  }
}
