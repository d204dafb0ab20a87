import { message } from '../../fixtures/activities';
import { cardText } from '../../fixtures/cardData';
import { postedCards } from '../support/connector';
import { post } from '../support/http';
import { useTestHost } from '../support/testHost';
import { cardKind } from './documentedCards';

/** Azurite's well-known account, at a port where nothing listens: every table call fails at once. */
const UNREACHABLE_STORAGE = [
  'DefaultEndpointsProtocol=http',
  'AccountName=devstoreaccount1',
  'AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==',
  'TableEndpoint=http://127.0.0.1:9/devstoreaccount1',
].join(';');

const product = useTestHost({ settings: { AzureWebJobsStorage: UNREACHABLE_STORAGE } });

const options = () => ({ serviceUrl: product.connector.serviceUrl, timeZone: 'Europe/Berlin' });
const say = async (text: string) => {
  const response = await post(product.host.messagesUrl, message(text, options()));
  expect(response.status).toBe(200);
  return product.connector.posted.filter((p) => p.activity.type === 'message');
};

describe('with Table Storage unreachable', () => {
  test('a query is still answered with its list, and the log says the list could not be remembered', async () => {
    // Seven days, not "this week": early on a Monday in Berlin this week has no failure yet, and the card is another one.
    const [reply] = await say('failed jobs last 7 days');
    expect(cardKind(postedCards([reply!])[0])).toBe('list');
    expect(product.host.logs.some((line) => line.level === 'warn' && line.message.includes('Could not remember the list'))).toBe(true);
  }, 60_000);

  test('"next" says it cannot read the last list instead of failing', async () => {
    const replies = await say('next');
    expect(replies.map((p) => p.activity.text)).toEqual([expect.stringContaining('I cannot read the last list right now')]);
  }, 60_000);

  test('help and greetings need neither storage nor the upstream', async () => {
    product.host.simulator.faults.inject([
      { kind: 'error', status: 503 },
      { kind: 'error', status: 503, scope: 'token' },
    ]);
    const help = await say('help');
    expect(cardText(postedCards(help)[0])).toContain('failed jobs today');
    product.connector.posted.length = 0;
    const hello = await say('hello');
    expect(hello[0]!.activity.text).toMatch(/^Hi!/);
  }, 60_000);
});
