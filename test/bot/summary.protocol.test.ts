import { BOT_PUBLIC_BASE_URL, useTestHost } from '../support/testHost';
import { postedCards } from '../support/connector';
import { execute, message, submit } from '../../fixtures/activities';
import { cardText, executeActions, walk } from '../../fixtures/cardData';
import { post } from '../support/http';
import { simulatorPage } from '../../fixtures/simulatorApi';

const NOW = new Date('2026-11-28T12:00:00.000Z');
const DAY = { startTime: '2026-11-27T12:00:00.000Z', finishTime: NOW.toISOString() };

const started = useTestHost({ now: () => NOW, upstream: 'oneAttempt', settings: { PUBLIC_BASE_URL: BOT_PUBLIC_BASE_URL } });

const options = () => ({ serviceUrl: started.connector.serviceUrl, timeZone: 'UTC' });

async function summaryCard(sentence: string): Promise<unknown> {
  const response = await post(started.host.messagesUrl, message(sentence, options()));
  expect(response.status).toBe(200);
  const cards = postedCards(started.connector.posted);
  expect(cards).toHaveLength(1);
  started.connector.posted.length = 0;
  return cards[0];
}

const submitActions = (card: unknown) =>
  [...walk(card)].filter((node) => node.type === 'Action.Submit' && typeof node.title === 'string' && !('fallback' in node));

describe('a question about what is missing is answered about it', () => {
  test('"which organisations had no backup …?" names exactly those without such a job in the range', async () => {
    const range = { startTime: '2026-11-28T06:00:00.000Z', finishTime: NOW.toISOString() };
    const restores = await simulatorPage(started.host.simulator, { ...range, type: 2, pageSize: 100 });
    expect(restores.totalCount).toBeLessThanOrEqual(100);
    const restored = new Set(restores.jobs.map((job) => job.organizationId));
    const known = started.host.simulator.organizations;
    const without = known.filter((o) => !restored.has(o.id)).map((o) => o.name);
    const first = cardText(await summaryCard('which organisations had no restore in the last 6 hours?')).split('\n')[0] ?? '';
    if (without.length === 0) expect(first).toBe('Every organisation had restores since today 06:00.');
    else expect(first).toMatch(new RegExp(`^${without.length} of ${known.length} organisations had no restores since today 06:00: `));
    // Named in the card's order (most attention first): three of them, then "and N more".
    const named = (first.split(': ')[1] ?? '')
      .replace(/\.$/, '')
      .split(/, | and /)
      .filter((part) => !/^\d+ more$/.test(part));
    expect(named).toHaveLength(Math.min(3, without.length));
    for (const name of named) expect(without).toContain(name);
  });

  test('"no failures yesterday?" says how many failed, with no Yes or No', async () => {
    const yesterday = { startTime: '2026-11-27T00:00:00.000Z', finishTime: '2026-11-28T00:00:00.000Z' };
    const failed = await simulatorPage(started.host.simulator, { ...yesterday, status: 4, pageSize: 1 });
    const first = cardText(await summaryCard('no failures yesterday?')).split('\n')[0];
    expect(first).toMatch(
      failed.totalCount === 0
        ? /^None of the \d+ jobs yesterday failed\.$/
        : new RegExp(`^${failed.totalCount} of \\d+ jobs yesterday failed: `),
    );
  });
});

describe('"how are my backups?" gets the summary card', () => {
  test('the answer and the totals are those of the whole last 24 hours, not of one page', async () => {
    const card = await summaryCard('how are my backups?');
    const [failed, all] = await Promise.all([
      simulatorPage(started.host.simulator, { ...DAY, type: 1, status: 4, pageSize: 1 }),
      simulatorPage(started.host.simulator, { ...DAY, type: 1, pageSize: 1 }),
    ]);
    const text = cardText(card);
    expect(text).toContain(`❌ ${failed.totalCount} failed`);
    expect(text.split('\n')[0]).toMatch(
      failed.totalCount > 0 ? new RegExp(`^${failed.totalCount} of ${all.totalCount} backups in the last 24 hours failed: `) : /^All /,
    );
    expect(text).toContain('Last successful backup');
  });

  test('"Show failures" posts the failed jobs of the same range as a new list card', async () => {
    const card = await summaryCard('how are my backups?');
    const show = submitActions(card).find((action) => action.title === 'Show failures');
    expect(show).toBeDefined();
    await post(started.host.messagesUrl, submit(show!.data, options()));
    const [list] = postedCards(started.connector.posted);
    const expected = await simulatorPage(started.host.simulator, { ...DAY, type: 1, status: 4, pageSize: 10 });
    expect(cardText(list)).toContain('Failures');
    for (const job of expected.jobs.slice(0, 3)) expect(JSON.stringify(list)).toContain(job.jobId);
  });

  test('Refresh answers the invoke with the summary again, in place, posting nothing', async () => {
    const card = await summaryCard('did the backups fail?');
    const refresh = executeActions(card).find((action) => action.verb === 'summary');
    expect(refresh?.data).toMatchObject({ question: { kind: 'any', statuses: [4] } });
    const response = await post(started.host.messagesUrl, execute(refresh!, options()));
    expect(response.status).toBe(200);
    const body = response.body as { statusCode: number; value: unknown };
    expect(body.statusCode).toBe(200);
    expect(cardText(body.value).split('\n')[0]).toMatch(/^(Yes|No): /);
    expect(started.connector.posted).toEqual([]);
  });

  test('"how many backups failed today?" is answered with the number first', async () => {
    const card = await summaryCard('how many backups failed today?');
    const failed = await simulatorPage(started.host.simulator, {
      startTime: '2026-11-28T00:00:00.000Z',
      finishTime: NOW.toISOString(),
      type: 1,
      status: 4,
      pageSize: 1,
    });
    expect(cardText(card).split('\n')[0]).toBe(`${failed.totalCount} backups failed since today 00:00.`);
  });

  test('the future is answered in words, never with another range', async () => {
    await post(started.host.messagesUrl, message('failed backups tomorrow', options()));
    const messages = started.connector.posted.filter((p) => p.activity.type === 'message');
    expect(messages.map((p) => p.activity.text)).toEqual([expect.stringContaining('No job has run tomorrow yet')]);
  });
});
