import { BOT_PUBLIC_BASE_URL, useTestHost } from '../support/testHost';
import { postedCards } from '../support/connector';
import { execute, message, submit } from '../../fixtures/activities';
import { cardText, executeActions, listedJobIds } from '../../fixtures/cardData';
import { post } from '../support/http';
import { simulatorPage } from '../../fixtures/simulatorApi';

const NOW = new Date('2026-11-28T12:00:00.000Z');
const WEEK = { startTime: '2026-11-21T12:00:00.000Z', finishTime: NOW.toISOString() };
const INVOKE_TIMEOUT_MS = 1_500;

const started = useTestHost({
  now: () => NOW,
  upstream: 'oneAttempt',
  settings: { PUBLIC_BASE_URL: BOT_PUBLIC_BASE_URL },
  bot: { invokeTimeoutMs: INVOKE_TIMEOUT_MS },
});

const options = () => ({ serviceUrl: started.connector.serviceUrl, timeZone: 'Europe/Berlin' });

/** Asks for the week's jobs and returns the list card that came back. */
async function firstList(): Promise<unknown> {
  await post(started.host.messagesUrl, message('jobs last 7 days', options()));
  const [card] = postedCards(started.connector.posted);
  started.connector.posted.length = 0;
  return card;
}

interface InvokeBody {
  statusCode: number;
  type: string;
  value: unknown;
}

describe('Action.Execute (adaptiveCard/action) replaces the card in place', () => {
  test('"Next" answers synchronously with the next page of the same query, and posts nothing', async () => {
    const next = executeActions(await firstList()).find((a) => a.verb === 'page');
    const expected = await simulatorPage(started.host.simulator, { ...WEEK, pageIndex: 2 });

    const response = await post(started.host.messagesUrl, execute(next!, options()));

    expect(response.status).toBe(200);
    const body = response.body as InvokeBody;
    expect(body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    expect(listedJobIds(body.value)).toEqual(expected.jobs.map((job) => job.jobId));
    expect(started.connector.posted).toEqual([]);
  });

  test('a row opens the job detail card', async () => {
    const [detail] = executeActions(await firstList()).filter((a) => a.verb === 'detail');
    const response = await post(started.host.messagesUrl, execute(detail!, options()));
    const body = response.body as InvokeBody;
    expect(body.statusCode).toBe(200);
    expect(cardText(body.value).split('\n')).toContain(detail!.data.jobId);
  });

  test('a row carries only its job id; the detail\'s "Back to list" returns to the list last shown', async () => {
    const list = await firstList();
    const [detail] = executeActions(list).filter((a) => a.verb === 'detail');
    expect(Object.keys(detail!.data)).toEqual(['jobId']);

    const opened = (await post(started.host.messagesUrl, execute(detail!, options()))).body as InvokeBody;
    const back = executeActions(opened.value).find((a) => a.title === '◀ Back to list');
    const returned = (await post(started.host.messagesUrl, execute(back!, options()))).body as InvokeBody;

    expect(listedJobIds(returned.value)).toEqual(listedJobIds(list));
  });

  test.each([
    ['no data', undefined],
    ['an unknown verb', { verb: 'delete', query: {} }],
    ['a query that fails validation', { verb: 'page', query: { page: -1 }, reading: 'x', timeZone: 'UTC' }],
  ])('%s is refused with a 400 invoke response', async (_, data) => {
    const response = await post(started.host.messagesUrl, execute({ verb: 'page', data }, options()));
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ statusCode: 400, type: 'application/vnd.microsoft.error' });
  });

  test('an upstream slower than the invoke bound answers "still working" with a retry', async () => {
    const next = executeActions(await firstList()).find((a) => a.verb === 'page');
    started.host.simulator.faults.inject({ kind: 'delay', scope: 'api', count: 1, ms: 60_000 });

    const response = await post(started.host.messagesUrl, execute(next!, options()));

    const body = response.body as InvokeBody;
    expect(body.statusCode).toBe(200);
    expect(listedJobIds(body.value)).toEqual([]);
    expect(executeActions(body.value).map((a) => a.verb)).toContain('retry');
  });

  test('throttling gives the error card with a retry that re-runs the same list', async () => {
    const next = executeActions(await firstList()).find((a) => a.verb === 'page');
    started.host.simulator.faults.inject({ kind: 'throttle', scope: 'api', count: 1, retryAfterSeconds: 0 });

    const failed = (await post(started.host.messagesUrl, execute(next!, options()))).body as InvokeBody;
    const retry = executeActions(failed.value).find((a) => a.verb === 'retry');
    expect(retry?.data.query).toEqual(next!.data.query);

    const retried = (await post(started.host.messagesUrl, execute(retry!, options()))).body as InvokeBody;
    const expected = await simulatorPage(started.host.simulator, { ...WEEK, pageIndex: 2 });
    expect(listedJobIds(retried.value)).toEqual(expected.jobs.map((job) => job.jobId));
  });
});

describe('Action.Submit fallback (a message with value) is answered with a new message', () => {
  test('the page verb posts the page as a new list card', async () => {
    const next = executeActions(await firstList()).find((a) => a.verb === 'page');
    const expected = await simulatorPage(started.host.simulator, { ...WEEK, pageIndex: 2 });

    const response = await post(started.host.messagesUrl, submit(next!.data, options()));

    expect(response.status).toBe(200);
    expect(started.connector.posted[0]?.activity.type).toBe('typing');
    const [card] = postedCards(started.connector.posted);
    expect(listedJobIds(card)).toEqual(expected.jobs.map((job) => job.jobId));
  });
});

describe('an Action.Submit with data that is not ours', () => {
  test.each([
    ["another app's button", { action: 'approve', id: 7 }],
    ['a verb this bot does not have', { verb: 'delete', jobId: 'x' }],
  ])('(%s) is answered with the help card', async (_, data) => {
    const response = await post(started.host.messagesUrl, submit(data, options()));
    expect(response.status).toBe(200);
    const [card] = postedCards(started.connector.posted);
    expect(cardText(card)).toMatch(/^What you can ask me/);
  });
});

describe('upstream trouble while answering a message', () => {
  test('a list that failed to load is not remembered: "next" continues the list last shown', async () => {
    const opts = { ...options(), conversationId: 'a:1remember-only-success' };
    await post(started.host.messagesUrl, message('jobs last 7 days', opts));
    started.host.simulator.faults.inject({ kind: 'error', scope: 'api', count: 5, status: 503 });
    await post(started.host.messagesUrl, message('failed restores today', opts));
    started.host.simulator.faults.clear();
    started.connector.posted.length = 0;

    await post(started.host.messagesUrl, message('next', opts));

    const expected = await simulatorPage(started.host.simulator, { ...WEEK, pageIndex: 2 });
    expect(listedJobIds(postedCards(started.connector.posted)[0])).toEqual(expected.jobs.map((job) => job.jobId));
  });

  test('an outage gives a friendly error card with a retry, and no internals', async () => {
    started.host.simulator.faults.inject({ kind: 'error', scope: 'api', count: 5, status: 503 });
    const response = await post(started.host.messagesUrl, message('failed jobs this week', options()));
    expect(response.status).toBe(200);
    const [card] = postedCards(started.connector.posted);
    expect(executeActions(card).map((a) => a.verb)).toEqual(['retry']);
    expect(cardText(card)).not.toMatch(/503|stack|Error:|127\.0\.0\.1/);
  });
});
