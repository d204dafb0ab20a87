import { message } from '../../fixtures/activities';
import { cardText, executeActions } from '../../fixtures/cardData';
import { post } from '../support/http';
import { cardsOf, startAlertConnector } from '../support/alertConnector';
import type { AlertConnector } from '../support/alertConnector';
import { startAlertWorld } from '../support/alertWorld';
import type { AlertWorld } from '../support/alertWorld';

// Europe/Berlin leaves summer time on Sunday 25 October 2026 at 03:00 (01:00 UTC): 07:30 local is
// 05:30 UTC on the Saturday and 06:30 UTC on the Sunday. A digest kept in UTC would come an hour early.
const SUBSCRIBED_AT = '2026-10-23T12:00:00.000Z';
const CONVERSATION = 'a:1alerts-digest';

let world: AlertWorld;
let connector: AlertConnector;
beforeAll(async () => {
  connector = await startAlertConnector();
  world = await startAlertWorld(SUBSCRIBED_AT);
});
afterAll(async () => {
  await world?.close();
  await connector?.close();
});

const say = (text: string) =>
  post(world.messagesUrl, message(text, { serviceUrl: connector.serviceUrl, conversationId: CONVERSATION, timeZone: 'Europe/Berlin' }));
const at = (iso: string) => void (world.clock.now = new Date(iso));
/** Runs the timer once at `iso` (the injected clock) and returns the cards it sent to the conversation. */
async function runAt(iso: string): Promise<Record<string, unknown>[]> {
  at(iso);
  const from = connector.delivered.length;
  expect(await world.runTimer()).toBe(202);
  return cardsOf(connector.delivered.slice(from).filter((c) => c.conversationId === CONVERSATION));
}

describe("the daily digest is the summary card at the subscriber's local time, once a day, across a DST change", () => {
  test('07:30 in Berlin: sent at 05:30 UTC in summer time and 06:30 UTC in winter time, once each day', async () => {
    const subscribed = await say('daily digest at 07:30 for contoso');
    expect(subscribed.status).toBe(200);
    expect(cardText(cardsOf(connector.delivered).at(-1))).toMatch(/Every day at 07:30 \(Europe\/Berlin\)/);

    expect(await runAt('2026-10-23T12:05:00.000Z')).toEqual([]);
    expect(await runAt('2026-10-24T05:29:00.000Z')).toEqual([]);

    const [saturday, ...moreSaturday] = await runAt('2026-10-24T05:31:00.000Z');
    expect(moreSaturday).toEqual([]);
    const text = cardText(saturday);
    expect(text).toMatch(/Daily summary · alert #1 · Contoso · last 24 hours/);
    expect(text).toMatch(/in the last 24 hours/);
    // The organisation filter holds: Contoso's row, no other organisation's.
    expect(text).toMatch(/Contoso/);
    expect(text).not.toMatch(/Fabrikam|Northwind/);
    const refresh = executeActions(saturday).find((a) => a.verb === 'summary');
    expect(refresh?.data).toMatchObject({
      query: { startTime: '2026-10-23T05:31:00.000Z', endTime: '2026-10-24T05:31:00.000Z', organizationId: expect.any(String) },
      timeZone: 'Europe/Berlin',
    });

    expect(await runAt('2026-10-24T05:36:00.000Z')).toEqual([]);
    await world.restart();
    expect(await runAt('2026-10-24T12:00:00.000Z')).toEqual([]);

    // Sunday: 05:31 UTC is 06:31 in winter time, not yet the digest's time.
    expect(await runAt('2026-10-25T05:31:00.000Z')).toEqual([]);
    expect(await runAt('2026-10-25T06:29:00.000Z')).toEqual([]);
    at('2026-10-25T06:31:00.000Z');
    const from = connector.delivered.length;
    await Promise.all([world.runTimer(), world.runTimer()]);
    const sunday = cardsOf(connector.delivered.slice(from).filter((c) => c.conversationId === CONVERSATION));
    expect(sunday).toHaveLength(1);
    expect(cardText(sunday[0])).toMatch(/Daily summary · alert #1 · Contoso/);
    expect(await runAt('2026-10-25T06:40:00.000Z')).toEqual([]);
  });

  test('a digest the connector refuses with 503 is not lost: the next run sends it, once', async () => {
    const conversation = 'a:1alerts-digest-retry';
    await post(
      world.messagesUrl,
      message('send me a summary every morning at 8', { serviceUrl: connector.serviceUrl, conversationId: conversation, timeZone: 'UTC' }),
    );
    at('2026-10-26T08:01:00.000Z');
    // botbuilder retries a 5xx within the send: refuse every attempt of this run.
    for (let i = 0; i < 10; i += 1) connector.script.push({ status: 503 });
    const from = connector.delivered.length;
    const callsBefore = connector.calls.filter((c) => c.conversationId === conversation).length;
    await world.runTimer();
    connector.script.length = 0;
    expect(connector.calls.filter((c) => c.conversationId === conversation).length).toBeGreaterThan(callsBefore);
    const sentTo = () => cardsOf(connector.delivered.slice(from).filter((c) => c.conversationId === conversation));
    expect(sentTo()).toEqual([]);
    at('2026-10-26T08:06:00.000Z');
    await world.runTimer();
    at('2026-10-26T08:11:00.000Z');
    await world.runTimer();
    expect(sentTo()).toHaveLength(1);
    expect(cardText(sentTo()[0])).toMatch(/Daily summary · alert #1 · last 24 hours/);
  });
});
