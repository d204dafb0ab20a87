import { startTestHost } from '../support/testHost';
import type { TestHost } from '../support/testHost';
import { startConnector, postedCards } from '../support/connector';
import type { Connector } from '../support/connector';
import { message } from '../../fixtures/activities';
import { post } from '../support/http';
import { startOpenIdServer } from '../support/openIdServer';
import type { OpenIdServer, TokenOptions } from '../support/openIdServer';

const NOW = new Date('2026-11-28T12:00:00.000Z');
const APP_ID = '3f6b1c2d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
/** What the bot sends to the connector instead of an Entra token, which offline tests cannot get. */
const CONNECTOR_TOKEN = 'offline-connector-token';

let openId: OpenIdServer;
let connector: Connector;
let host: TestHost;
beforeAll(async () => {
  [openId, connector] = await Promise.all([startOpenIdServer(), startConnector()]);
  host = await startTestHost({
    now: () => NOW,
    upstream: 'oneAttempt',
    settings: {
      MicrosoftAppId: APP_ID,
      MicrosoftAppType: 'MultiTenant',
      MicrosoftAppPassword: 'not-used-offline',
      BOT_OPENID_METADATA_URL: openId.metadataUrl,
    },
    bot: { connectorToken: CONNECTOR_TOKEN },
  });
});
afterAll(async () => {
  await host?.close();
  await Promise.all([openId?.close(), connector?.close()]);
});
beforeEach(() => {
  connector.posted.length = 0;
});

const activity = () => message('failed jobs today', { serviceUrl: connector.serviceUrl, timeZone: 'Europe/Berlin' });
const bearer = async (options: TokenOptions = {}) =>
  `Bearer ${await openId.token({ appId: APP_ID, serviceUrl: connector.serviceUrl, ...options })}`;

test("a valid Bot Framework token is accepted and the reply is posted with the bot's own token", async () => {
  const response = await post(host.messagesUrl, activity(), { authorization: await bearer() });
  expect(response.status).toBe(200);
  expect(postedCards(connector.posted)).toHaveLength(1);
  expect(connector.posted.every((p) => p.authorization === `Bearer ${CONNECTOR_TOKEN}`)).toBe(true);
});

const badHeaders: [string, () => Promise<Record<string, string>>][] = [
  ['no Authorization header', async () => ({})],
  ['a garbage header', async () => ({ authorization: 'Bearer not.a.jwt' })],
  ['a scheme other than Bearer', async () => ({ authorization: `Basic ${Buffer.from('a:b').toString('base64')}` })],
  ['a token for another bot (audience)', async () => ({ authorization: await bearer({ audience: 'another-app-id' }) })],
  ['a token from another issuer', async () => ({ authorization: await bearer({ issuer: 'https://evil.example' }) })],
  [
    'a token for another serviceUrl',
    async () => ({ authorization: await bearer({ serviceUrl: 'https://smba.trafficmanager.net/evil/' }) }),
  ],
  ['a token signed with another key', async () => ({ authorization: await bearer({ key: await openId.foreignKey() }) })],
  ['an expired token', async () => ({ authorization: await bearer({ expiresIn: -3600 }) })],
];

/** The same problem for every refused token: a caller learns nothing about why. */
const UNAUTHORIZED = {
  type: 'about:blank',
  status: 401,
  title: 'Unauthorized',
  detail: 'Send a Bot Framework token in the Authorization header.',
  instance: expect.any(String),
};

test.each(badHeaders)('%s → 401 with no detail, and nothing is posted', async (_, headers) => {
  const response = await post(host.messagesUrl, activity(), await headers());
  expect(response).toEqual({ status: 401, body: UNAUTHORIZED });
  expect(connector.posted).toEqual([]);
});

test('every refused token is one log line; botbuilder prints no stack trace or signing key to the console', async () => {
  const printed = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    const before = host.logs.length;
    for (const [, headers] of badHeaders.slice(1)) await post(host.messagesUrl, activity(), await headers());
    expect(printed.mock.calls.map((args) => String(args[0]).slice(0, 80))).toEqual([]);
    const refusals = host.logs.slice(before).filter((l) => l.message.includes('authentication failed'));
    expect(refusals.length).toBe(badHeaders.length - 2); // the non-Bearer scheme is refused from the headers
    expect(JSON.stringify(refusals)).not.toMatch(/BEGIN|MII|\n {4}at /);
  } finally {
    printed.mockRestore();
  }
});

test('unreachable signing keys → 401, nothing posted', async () => {
  const deadKeys = await startOpenIdServer();
  const metadataUrl = deadKeys.metadataUrl;
  const token = await deadKeys.token({ appId: APP_ID, serviceUrl: connector.serviceUrl });
  await deadKeys.close();
  const isolated = await startTestHost({
    now: () => NOW,
    upstream: 'oneAttempt',
    settings: { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-used-offline', BOT_OPENID_METADATA_URL: metadataUrl },
    bot: { connectorToken: CONNECTOR_TOKEN },
  });
  try {
    const response = await post(isolated.messagesUrl, activity(), { authorization: `Bearer ${token}` });
    expect(response).toEqual({ status: 401, body: UNAUTHORIZED });
    expect(connector.posted).toEqual([]);
  } finally {
    await isolated.close();
  }
});

describe('authentication comes before the shape of the activity', () => {
  test.each([
    ['an activity botbuilder cannot process', () => ({ ...activity(), id: 1 })],
    ['an activity without serviceUrl', () => ({ ...activity(), serviceUrl: undefined })],
    ['JSON that is not an object', () => [1, 2]],
  ])('%s from a caller without a valid token → 401, telling nothing about the body', async (_, body) => {
    const response = await post(host.messagesUrl, body(), { authorization: 'Bearer not.a.jwt' });
    expect(response).toEqual({ status: 401, body: UNAUTHORIZED });
  });

  test('an activity botbuilder cannot process, with a valid token → 400, nothing posted', async () => {
    const response = await post(host.messagesUrl, { ...activity(), from: { id: 1 } }, { authorization: await bearer() });
    expect(response).toEqual({ status: 400, body: expect.objectContaining({ status: 400, title: 'Not an activity' }) });
    expect(connector.posted).toEqual([]);
  });
});
