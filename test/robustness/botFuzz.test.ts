import fc from 'fast-check';
import { startTestHost } from '../support/testHost';
import { execute, message, submit } from '../../fixtures/activities';
import { startConnector, type Connector } from '../support/connector';
import { post } from '../support/http';
import { watchProcess } from './watchProcess';

/** 1,000 sentences and 1,000 malformed activities: the 2,000 generated turns. */
const RUNS = 1_000;
/** A thousand turns over real HTTP take 10–30 s on two busy cores: the bound is a guard against a hang, not a speed check. */
const FUZZ_TIMEOUT_MS = 120_000;

let host: Awaited<ReturnType<typeof startTestHost>>;
let connector: Connector;
let watch: ReturnType<typeof watchProcess>;
let messagesUrl: string;
beforeAll(async () => {
  connector = await startConnector();
  host = await startTestHost();
  messagesUrl = `${host.url}/${host.routePrefix}/messages`;
  watch = watchProcess();
});
afterAll(async () => {
  watch.stop();
  await host.close();
  await connector.close();
});
afterEach(() => {
  connector.posted.length = 0;
});

const WORDS = [
  'jobs',
  'failed',
  'backup',
  'restore',
  'last',
  'this',
  'week',
  'month',
  'today',
  'yesterday',
  'since',
  'from',
  'to',
  'between',
  'and',
  'in',
  'Contoso',
  'Fabrikam',
  'next',
  'previous',
  'page',
  '2',
  '31',
  '-1',
  '99999999',
  'Nov',
  'February 30',
  '2026-13-45',
  'job',
  'DCIB2026112712000031000000',
  'help',
  'hi',
  'at',
  '3pm',
  'UTC',
  'Europe/Berlin',
  '<at>Bot</at>',
  '**',
  '\u0000',
  '🙂',
  // Summaries and subscriptions.
  'how',
  'are',
  'my',
  'backups?',
  'status',
  'summary',
  'overview',
  'did',
  'succeed',
  'how many',
  'were there any',
  'health',
  'last night',
  'notify me',
  'alert this channel when',
  'warn if',
  'tell me about',
  'no successful backup for',
  'hours',
  'unsubscribe',
  'stop all alerts',
  'list my alerts',
  'mute',
  'for',
  'daily digest',
  'send me a summary every morning',
  '25:99',
  '07:30',
  'noon',
];
/** Subscription commands in their own shapes, with junk where the numbers, names and times go. */
const command = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('notify me about', 'alert this channel when', 'tell me about', 'warn me about'),
      fc.array(fc.constantFrom(...WORDS), { maxLength: 5 }),
    )
    .map(([verb, words]) => `${verb} ${words.join(' ')}`),
  fc
    .tuple(
      fc.constantFrom('alert me when contoso has no successful backup for', 'warn if any organisation misses its backup for'),
      fc.oneof(fc.integer({ min: -5, max: 100_000 }).map(String), fc.string({ maxLength: 12 })),
      fc.constantFrom('hours', 'days', 'minutes', ''),
    )
    .map((parts) => parts.join(' ')),
  fc
    .tuple(
      fc.constantFrom('send me a summary every morning at', 'daily digest at', 'summary every day at'),
      fc.oneof(fc.constantFrom('8', '07:30', '24:00', '12pm', '0am', 'noon', 'midnight', '99'), fc.string({ maxLength: 8 })),
    )
    .map((parts) => parts.join(' ')),
  fc
    .tuple(
      fc.constantFrom('unsubscribe', 'mute', 'remove alert'),
      fc.oneof(fc.integer({ min: -1, max: 1e9 }).map(String), fc.string({ maxLength: 20 })),
      fc.constantFrom('', 'for 4 hours', 'for 0 hours', 'for 9999 days'),
    )
    .map((parts) => parts.join(' ')),
);
const sentence = fc.oneof(
  fc.array(fc.constantFrom(...WORDS), { maxLength: 12 }).map((words) => words.join(' ')),
  command,
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
);
const timeZone = fc.option(
  fc.oneof(fc.constantFrom('Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Nowhere/City', 'UTC+5', ''), fc.string()),
  { nil: undefined },
);
/** Values that are wrong for almost any field of an activity. */
const junk = fc.oneof(fc.anything(), fc.constant(null), fc.integer(), fc.string(), fc.array(fc.anything(), { maxLength: 3 }));
const FIELDS = [
  'type',
  'id',
  'from',
  'text',
  'conversation',
  'recipient',
  'serviceUrl',
  'channelData',
  'entities',
  'value',
  'name',
  'locale',
  'localTimezone',
  'channelId',
  'timestamp',
  'replyToId',
  'attachments',
];
/** Fields of the sender, the recipient and the conversation, which botbuilder copies into every reply. */
const ACCOUNT_FIELDS = {
  from: ['id', 'name', 'aadObjectId', 'role'],
  recipient: ['id', 'name', 'aadObjectId', 'role'],
  conversation: ['id', 'name', 'isGroup', 'conversationType', 'tenantId'],
};
const accountChange = fc
  .constantFrom(...(Object.keys(ACCOUNT_FIELDS) as (keyof typeof ACCOUNT_FIELDS)[]))
  .chain((account) => fc.tuple(fc.constant(account), fc.constantFrom(...ACCOUNT_FIELDS[account]), junk));

describe('the bot answers every generated turn without a 5xx, a crash or an unhandled rejection', () => {
  test(
    'generated sentences get a reply and a 2xx',
    async () => {
      await fc.assert(
        fc.asyncProperty(sentence, timeZone, async (text, zone) => {
          const response = await post(messagesUrl, message(text, { serviceUrl: connector.serviceUrl, timeZone: zone }));
          expect(response.status).toBeLessThan(300);
          expect(connector.posted.some((p) => p.activity.type === 'message')).toBe(true);
          connector.posted.length = 0;
        }),
        { numRuns: RUNS },
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  test(
    'malformed activities, card actions and bodies are refused or answered, never a 5xx',
    async () => {
      const activity = fc.oneof(
        fc
          .tuple(fc.constantFrom(...FIELDS), junk)
          .map(([field, value]) => ({ ...message('failed jobs today', { serviceUrl: connector.serviceUrl }), [field]: value })),
        accountChange.map(([account, field, value]) => {
          const activity = message('failed jobs today', { serviceUrl: connector.serviceUrl });
          return { ...activity, [account]: { ...activity[account], [field]: value } };
        }),
        fc.record({ verb: junk, data: junk }).map((action) => execute(action, { serviceUrl: connector.serviceUrl })),
        // The verbs of summary and alert cards, with data that is wrong in every way.
        fc
          .record({
            verb: fc.constantFrom('summary', 'acknowledge', 'unsubscribe'),
            data: fc.oneof(
              junk,
              fc.record({ verb: fc.constantFrom('summary', 'acknowledge', 'unsubscribe'), alert: junk, subscriptionId: junk, query: junk }),
            ),
          })
          .map((action) => execute(action, { serviceUrl: connector.serviceUrl })),
        junk.map((value) => submit(value, { serviceUrl: connector.serviceUrl })),
        junk.map((value) => JSON.stringify(value) ?? 'undefined'),
        fc.string(),
      );
      await fc.assert(
        fc.asyncProperty(activity, async (body) => {
          const response = await post(messagesUrl, body).catch((error: unknown) => ({ status: 0, body: String(error) }));
          expect(response.status).toBeGreaterThan(0);
          expect(response.status).toBeLessThan(500);
          connector.posted.length = 0;
        }),
        { numRuns: RUNS },
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  // Found by this fuzzing: botbuilder throws on these, which used to be a 500.
  test.each([
    ['a numeric activity id', { id: 1 }],
    ['an object activity id', { id: {} }],
    ['a numeric from.id', { from: { id: 1 } }],
  ])('%s is refused with a 400', async (_name, change) => {
    const response = await post(messagesUrl, { ...message('failed jobs today', { serviceUrl: connector.serviceUrl }), ...change });
    expect(response.status).toBe(400);
  });

  test('the host still answers, a timer run over what the fuzzing subscribed completes, and nothing went unhandled', async () => {
    const response = await post(messagesUrl, message('failed jobs today', { serviceUrl: connector.serviceUrl }));
    expect(response.status).toBe(200);
    const run = await fetch(`${host.url}/admin/functions/deliverAlerts`, { method: 'POST' });
    expect(run.status).toBe(202);
    // The generated commands did subscribe: the run had their subscriptions to deal with.
    const report = host.logs.find((line) => line.message === 'Alerts delivered')?.properties;
    expect(report?.subscriptions).toBeGreaterThan(0);
    expect(host.logs.filter((line) => line.level === 'error')).toEqual([]);
    expect(watch.problems).toEqual([]);
  });
});
