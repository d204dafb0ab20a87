import { MAX_LIST_ROWS } from '../../cards';
import type { Incoming } from './Incoming';
import { UpstreamError } from '../../shared/errors';
import { EMPTY_PAGE, executed, fakeConversation, typed } from '../../test/support/conversationFakes';
import { executeActions, submitActions } from '../../test/cards/walkCard';

const cardsOf = (replies: { kind: string; card?: unknown }[]) => replies.flatMap((reply) => (reply.kind === 'card' ? [reply.card] : []));
const throttled = () => new UpstreamError('unavailable', 'throttled', 1);

describe('conversation logic', () => {
  test('a bug (not upstream trouble) gives the generic error card and an error log, never the error text', async () => {
    const { conversation, logged } = fakeConversation({
      getJobs: async () => {
        throw new TypeError('secret-internal-detail at line 42');
      },
    });
    const { replies } = await conversation.respond(typed('failed jobs today'));
    expect(replies).toHaveLength(1);
    expect(JSON.stringify(replies)).not.toContain('secret-internal-detail');
    expect(logged.filter((entry) => entry.level === 'error')).toHaveLength(1);
  });

  test.each([
    ['top 20 jobs', 20],
    ['top 50 jobs', MAX_LIST_ROWS],
    ['top 80 jobs', MAX_LIST_ROWS],
    ['failed jobs', 10],
  ])(`"%s" asks for %i rows: pages go up to MAX_LIST_ROWS (${MAX_LIST_ROWS}), never beyond`, async (sentence, pageSize) => {
    const { conversation, queries } = fakeConversation();
    await conversation.respond(typed(sentence));
    expect(queries[0]?.pageSize).toBe(pageSize);
  });

  test('a capped page says so on the card, and only then', async () => {
    const { conversation } = fakeConversation();
    const capped = JSON.stringify((await conversation.respond(typed('top 50 jobs'))).replies);
    const fits = JSON.stringify((await conversation.respond(typed('top 20 jobs'))).replies);
    expect(capped).toContain(`${MAX_LIST_ROWS} per card (Teams' size limit)`);
    expect(fits).not.toContain('per card');
  });

  test('"next" asks for the page after the saved one, "previous" never goes below page 1', async () => {
    const { conversation, queries } = fakeConversation();
    await conversation.respond(typed('failed jobs this week'));
    await conversation.respond(typed('next'));
    await conversation.respond(typed('previous'));
    await conversation.respond(typed('previous'));
    expect(queries.map((query) => query.page)).toEqual([1, 2, 1, 1]);
    expect(new Set(queries.map((query) => query.startTime)).size).toBe(1);
  });

  test('a query whose fetch fails is not remembered: "next" continues the last list the user saw', async () => {
    let fail = false;
    const { conversation, queries, saved } = fakeConversation({
      getJobs: async () => {
        if (fail) throw throttled();
        return EMPTY_PAGE;
      },
    });
    await conversation.respond(typed('failed jobs this week'));
    fail = true;
    await conversation.respond(typed('restores today'));
    expect(saved.get('c1')?.query.statuses).toEqual([4]);
    fail = false;
    await conversation.respond(typed('next'));
    expect(queries.at(-1)).toMatchObject({ page: 2, statuses: [4] });
  });

  test('a failed page action does not move the saved list either', async () => {
    let fail = false;
    const { conversation, saved } = fakeConversation({
      getJobs: async () => {
        if (fail) throw throttled();
        return EMPTY_PAGE;
      },
    });
    await conversation.respond(typed('failed jobs this week'));
    const before = saved.get('c1');
    fail = true;
    await conversation.respond(executed('page', { verb: 'page', ...before!, query: { ...before!.query, page: 2 } }, 'UTC'));
    expect(saved.get('c1')).toEqual(before);
  });

  test('when the organisation names cannot be read, "Try again" sends the same sentence again', async () => {
    const { conversation } = fakeConversation({
      organizations: async () => {
        throw throttled();
      },
    });
    const [card] = cardsOf((await conversation.respond(typed('failed jobs for contoso'))).replies);
    expect(executeActions(card)).toEqual([]);
    expect(submitActions(card).map((a) => [a.title, a.data])).toEqual([
      ['Try again', { msteams: { type: 'imBack', value: 'failed jobs for contoso' } }],
    ]);
  });

  test('for the Playground, every sentence button is a plain Submit of its sentence; for Teams, an imBack', async () => {
    const { conversation } = fakeConversation();
    const help = typed('help');
    const installed = { kind: 'installed' as const, conversationId: 'c1' };
    const sentences = async (incoming: Incoming) =>
      cardsOf((await conversation.respond(incoming)).replies)
        .flatMap(submitActions)
        .map((a) => a.data);

    const teams = [...(await sentences(help)), ...(await sentences(installed))];
    const playground = [
      ...(await sentences({ ...help, fromPlayground: true })),
      ...(await sentences({ ...installed, fromPlayground: true })),
    ];

    expect(teams.length).toBeGreaterThan(3);
    expect(playground).toEqual(teams.map((data) => ({ sentence: (data as { msteams: { value: string } }).msteams.value })));
  });

  test('a failed list fetch offers "Try again" of the same list (verb retry)', async () => {
    const { conversation } = fakeConversation({
      getJobs: async () => {
        throw throttled();
      },
    });
    const [card] = cardsOf((await conversation.respond(typed('failed jobs this week'))).replies);
    expect(executeActions(card).map((a) => a.verb)).toEqual(['retry']);
  });

  test('an invoke nobody routes (a task module) is not implemented', async () => {
    const { conversation } = fakeConversation();
    const outcome = await conversation.respond({
      kind: 'action',
      conversationId: 'c1',
      name: 'task/fetch',
      value: {},
      timeZone: 'UTC',
      timeZoneIsFallback: false,
    });
    expect(outcome).toEqual({ replies: [], invoke: { status: 501, body: undefined } });
  });
});
