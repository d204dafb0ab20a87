import type { FaultInput } from '../../simulator';
import { REAL_CEILING_MS, useTestHost } from '../support/testHost';
import { execute, message } from '../../fixtures/activities';
import { executeActions, cardText, listedJobIds } from '../../fixtures/cardData';
import { postedCards } from '../support/connector';
import { post } from '../support/http';
import { injectSimulatorJob } from '../../fixtures/simulatorApi';
import { cardActions } from '../cards/walkCard';
import { cardKind, errorTitle } from './documentedCards';

const product = useTestHost({ upstream: 'short' });

const options = () => ({ serviceUrl: product.connector.serviceUrl, timeZone: 'Europe/Berlin' });

type Expected = ReturnType<typeof cardKind>;
/** An error card offers "Try again" (an Execute of what failed, or the sentence sent again); a list does not need one. */
const offersRetry = (card: unknown): boolean => cardActions(card).some((action) => action.title === 'Try again');

/** Every upstream fault mode of the simulator, and the card the documentation promises for it. */
const FAULTS: Array<[string, FaultInput | FaultInput[], Expected]> = [
  ['throttling with Retry-After, beyond retries', { kind: 'throttle', retryAfterSeconds: 1 }, 'unavailable'],
  ['a burst of 503s', { kind: 'error', status: 503 }, 'unavailable'],
  ['a burst of 500s', { kind: 'error', status: 500 }, 'badGateway'],
  ['a hanging API', { kind: 'delay', ms: 60_000 }, 'timeout'],
  ['malformed JSON', { kind: 'malformed' }, 'badGateway'],
  ['revoked tokens (a new token is fetched)', { kind: 'revokeTokens' }, 'list'],
  ['the token endpoint down after revocation', [{ kind: 'revokeTokens' }, { kind: 'error', status: 500, scope: 'token' }], 'unavailable'],
  ['the token endpoint hanging after revocation', [{ kind: 'revokeTokens' }, { kind: 'delay', ms: 60_000, scope: 'token' }], 'timeout'],
];

describe('a typed sentence meets each upstream fault: the documented card, within the bound', () => {
  test.each(FAULTS)('%s → %s', async (_name, fault, expected) => {
    product.host.simulator.faults.inject(fault);
    const started = Date.now();
    const response = await post(product.host.messagesUrl, message('failed jobs last 7 days', options()));
    expect(Date.now() - started).toBeLessThan(REAL_CEILING_MS);
    expect(response.status).toBe(200);
    const cards = postedCards(product.connector.posted);
    expect(cards).toHaveLength(1);
    expect(cardKind(cards[0])).toBe(expected);
    expect(offersRetry(cards[0])).toBe(expected !== 'list');
    expect(cardText(cards[0])).not.toMatch(/127\.0\.0\.1|stack|Error:/);
  });

  test('throttling tells how long to wait, from Retry-After', async () => {
    product.host.simulator.faults.inject({ kind: 'throttle', retryAfterSeconds: 1 });
    await post(product.host.messagesUrl, message('failed jobs last 7 days', options()));
    const text = cardText(postedCards(product.connector.posted)[0]);
    expect(text).toContain(errorTitle('unavailable'));
    expect(text).toContain('Try again in about 1 s');
  });
});

describe('"Next" (an adaptiveCard/action invoke) meets each upstream fault: the documented card in the invoke response', () => {
  let next: { verb: string; data: unknown };
  beforeAll(async () => {
    await post(product.host.messagesUrl, message('jobs last 7 days', options()));
    next = executeActions(postedCards(product.connector.posted)[0]).find((a) => a.verb === 'page')!;
    product.connector.posted.length = 0;
    expect(next).toBeDefined();
  });

  test.each(FAULTS)('%s → %s', async (_name, fault, expected) => {
    product.host.simulator.faults.inject(fault);
    const started = Date.now();
    const response = await post(product.host.messagesUrl, execute(next, options()));
    expect(Date.now() - started).toBeLessThan(REAL_CEILING_MS);
    expect(response.status).toBe(200);
    const body = response.body as { statusCode: number; value: unknown };
    expect(body.statusCode).toBe(200);
    expect(cardKind(body.value)).toBe(expected);
    expect(offersRetry(body.value)).toBe(expected !== 'list');
    expect(product.connector.posted).toEqual([]);
  });
});

describe('"how are my backups …?" meets each upstream fault: the documented card, within the bound', () => {
  // A summary is cached for a minute per range: each case asks for its own range so that none is served from the cache.
  test.each(FAULTS.map((row, i) => [...row, i + 2] as const))('%s → %s', async (_name, fault, expected, hours) => {
    product.host.simulator.faults.inject(fault);
    const started = Date.now();
    const response = await post(product.host.messagesUrl, message(`how are my backups in the last ${hours} hours?`, options()));
    expect(Date.now() - started).toBeLessThan(REAL_CEILING_MS);
    expect(response.status).toBe(200);
    const [card, ...more] = postedCards(product.connector.posted);
    expect(more).toEqual([]);
    if (expected === 'list') {
      expect(cardKind(card)).toBe('other');
      expect(cardText(card)).toMatch(new RegExp(`backups in the last ${hours} hours|since today|since yesterday`));
    } else {
      expect(cardKind(card)).toBe(expected);
      expect(offersRetry(card)).toBe(true);
    }
  });
});

describe('the deliverAlerts timer meets each upstream fault: nothing lost, nothing sent twice', () => {
  const runTimer = async () => (await fetch(`${product.host.url}/admin/functions/deliverAlerts`, { method: 'POST' })).status;

  test.each(FAULTS.map((row, i) => [...row, `a:1timer-fault-${i}`] as const))('%s', async (_name, fault, expected, conversationId) => {
    const say = (text: string) => post(product.host.messagesUrl, message(text, { ...options(), conversationId }));
    await say('notify me about failed backups for contoso');
    const job = await injectSimulatorJob(product.host.simulator, { type: 1, status: 4, organizationName: 'Contoso' });
    const alerts = () =>
      postedCards(product.connector.posted.filter((p) => p.conversationId === conversationId)).filter((card) =>
        cardText(card).startsWith('🔔'),
      );
    product.connector.posted.length = 0;

    product.host.simulator.faults.inject(fault);
    const started = Date.now();
    expect(await runTimer()).toBe(202);
    expect(Date.now() - started).toBeLessThan(REAL_CEILING_MS);
    // A token revoked is renewed within the run; every other fault leaves this run with nothing to say.
    expect(alerts().map(listedJobIds)).toEqual(expected === 'list' ? [[job.jobId]] : []);

    product.host.simulator.faults.clear();
    expect(await runTimer()).toBe(202);
    expect(await runTimer()).toBe(202);
    expect(alerts().map(listedJobIds)).toEqual([[job.jobId]]);
    await say('stop all alerts');
  });
});
