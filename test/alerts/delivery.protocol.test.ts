import { execute, message } from '../../fixtures/activities';
import { cardText, executeActions, listedJobIds } from '../../fixtures/cardData';
import { post } from '../support/http';
import { cardsOf, startAlertConnector } from '../support/alertConnector';
import type { AlertConnector } from '../support/alertConnector';
import { startAlertWorld } from '../support/alertWorld';
import type { AlertWorld } from '../support/alertWorld';

let world: AlertWorld;
let connector: AlertConnector;
beforeAll(async () => {
  connector = await startAlertConnector();
  world = await startAlertWorld('2026-11-28T12:00:00.000Z');
});
afterAll(async () => {
  await world?.close();
  await connector?.close();
});

const say = (text: string, conversationId: string) =>
  post(world.messagesUrl, message(text, { serviceUrl: connector.serviceUrl, conversationId, timeZone: 'Europe/Berlin' }));

/** Cards delivered to one conversation since a given call count. */
const cardsSince = (from: number, conversationId: string) =>
  cardsOf(connector.delivered.slice(from).filter((c) => c.conversationId === conversationId));

describe('a failure alert reaches the conversation once', () => {
  const conversationId = 'a:1alerts-once';

  test('subscribe, inject a failure, run: one card naming the job; again, after a restart, and twice at once: nothing more', async () => {
    const subscribed = await say('notify me about failed backups for contoso', conversationId);
    expect(subscribed.status).toBe(200);
    expect(cardText(cardsSince(0, conversationId).at(-1))).toMatch(/Subscribed: alert #1/);
    world.clock.advance(1);
    const job = await world.inject({ type: 1, status: 4, organizationName: 'Contoso' });

    let from = connector.delivered.length;
    const injectedAt = Date.now();
    expect(await world.runTimer()).toBe(202);
    // Wall-clock figure for the report (not asserted): injection → timer run → card at the connector.
    console.log(
      `injection to card at the connector: ${(connector.delivered.at(-1)?.at ?? NaN) - injectedAt} ms (plus up to one ALERTS_SCHEDULE interval)`,
    );
    const [alert, ...more] = cardsSince(from, conversationId);
    expect(more).toEqual([]);
    expect(listedJobIds(alert)).toEqual([job.jobId]);
    expect(cardText(alert)).toMatch(/Contoso/);
    expect(executeActions(alert).map((a) => a.verb)).toContain('acknowledge');

    from = connector.delivered.length;
    world.clock.advance(5);
    await world.runTimer();
    expect(cardsSince(from, conversationId)).toEqual([]);

    await world.restart();
    world.clock.advance(5);
    await world.runTimer();
    expect(cardsSince(from, conversationId)).toEqual([]);

    world.clock.advance(1);
    const second = await world.inject({ type: 1, status: 4, organizationName: 'Contoso' });
    from = connector.delivered.length;
    await Promise.all([world.runTimer(), world.runTimer()]);
    const cards = cardsSince(from, conversationId);
    expect(cards).toHaveLength(1);
    expect(listedJobIds(cards[0])).toEqual([second.jobId]);
  });
});

describe('Acknowledge redraws what the bot sent, never what the invoke carries', () => {
  test('a forged invoke with a planted title and link draws the stored alert; a key of no alert here draws no data', async () => {
    const conversationId = 'a:1alerts-ack';
    await say('notify me about failed backups for contoso', conversationId);
    world.clock.advance(1);
    const job = await world.inject({ type: 1, status: 4, organizationName: 'Contoso' });
    const from = connector.delivered.length;
    await world.runTimer();
    const [alert] = cardsSince(from, conversationId);
    const ack = executeActions(alert).find((a) => a.verb === 'acknowledge')!;
    const options = { serviceUrl: connector.serviceUrl, conversationId, timeZone: 'Europe/Berlin' };
    const planted = '[Urgent: re-enter your password](https://evil.invalid/login)';
    const forged = { ...ack.data, alert: { title: planted, about: planted, timeZone: 'UTC', at: '2026-11-28T12:00:00Z', jobs: [] } };
    const answer = await post(world.messagesUrl, execute({ verb: 'acknowledge', data: forged }, options));
    expect(answer.status).toBe(200);
    const redrawn = (answer.body as { value: unknown }).value;
    expect(JSON.stringify(redrawn)).not.toContain('evil.invalid');
    expect(cardText(redrawn)).toContain('🔔 1 new job, 1 failed');
    expect(cardText(redrawn)).toMatch(/✔ Acknowledged by Ada Admin at /);
    expect(listedJobIds(redrawn)).toEqual([job.jobId]);

    const elsewhere = await post(
      world.messagesUrl,
      execute({ verb: 'acknowledge', data: forged }, { ...options, conversationId: 'a:1alerts-other' }),
    );
    expect(JSON.stringify(elsewhere.body)).not.toContain('evil.invalid');
    expect(JSON.stringify(elsewhere.body)).not.toContain(job.jobId);
  });
});

describe('the connector refuses', () => {
  test('429 then 200: not delivered by that run, delivered by the next one, once', async () => {
    const conversationId = 'a:1alerts-throttled';
    await say('alert me when restores for fabrikam fail', conversationId);
    world.clock.advance(1);
    const job = await world.inject({ type: 2, status: 4, organizationName: 'Fabrikam' });
    // botbuilder's HTTP pipeline itself retries a 429 a few times within the send (honouring Retry-After):
    // answer 429 to every attempt of this run, then 200.
    for (let i = 0; i < 10; i += 1) connector.script.push({ status: 429, headers: { 'retry-after': '1' } });
    const from = connector.delivered.length;
    const callsBefore = connector.calls.length;
    await world.runTimer();
    const attempts = connector.calls.length - callsBefore;
    console.log(`429 run: ${attempts} connector attempts`);
    expect(attempts).toBeGreaterThan(0);
    expect(cardsSince(from, conversationId)).toEqual([]);
    expect(world.logs.some((l) => l.message.includes('retried by a later run'))).toBe(true);
    connector.script.length = 0;
    world.clock.advance(5);
    await world.runTimer();
    world.clock.advance(5);
    await world.runTimer();
    const cards = cardsSince(from, conversationId);
    expect(cards.map(listedJobIds)).toEqual([[job.jobId]]);
  });

  test('403 BotNotInConversationRoster: the subscription is disabled, logged, and not tried again', async () => {
    const conversationId = 'a:1alerts-removed';
    await say('notify me about failed backups for northwind traders', conversationId);
    world.clock.advance(1);
    await world.inject({ type: 1, status: 4, organizationName: 'Northwind Traders' });
    connector.script.push({
      status: 403,
      body: { error: { code: 'BotNotInConversationRoster', message: 'The bot is not part of the conversation roster.' } },
    });
    await world.runTimer();
    expect(world.logs.some((l) => l.message.includes('subscriptions are disabled'))).toBe(true);
    const callsBefore = connector.calls.filter((c) => c.conversationId === conversationId).length;
    world.clock.advance(5);
    await world.runTimer();
    expect(connector.calls.filter((c) => c.conversationId === conversationId)).toHaveLength(callsBefore);
    const list = await say('list my alerts', conversationId);
    expect(list.status).toBe(200);
    expect(cardText(cardsOf(connector.delivered).at(-1))).toMatch(/disabled: the bot can no longer post here \(403/);
  });
});
