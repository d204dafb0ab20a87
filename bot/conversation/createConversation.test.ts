import { MAX_LIST_ROWS } from '../../cards';
import type { JobQuery, JobsPage } from '../../jobs/model';
import type { SavedQuery } from '../ConversationStore';
import { createConversation } from './createConversation';
import type { Incoming } from './Incoming';

const NOW = new Date('2026-11-28T12:00:00.000Z');
const EMPTY_PAGE: JobsPage = { totalCount: 0, pageIndex: 1, pageSize: 10, nextLink: null, jobs: [] };

/** Fakes passed as parameters: an in-memory store, a recording logger, and a job source given per test. */
function setUp(getJobs: (query: JobQuery) => Promise<JobsPage>) {
  const saved = new Map<string, SavedQuery>();
  const logged: { level: string; message: string; properties?: Record<string, unknown> }[] = [];
  const queries: JobQuery[] = [];
  const conversation = createConversation({
    jobs: {
      getJobs: (query) => (queries.push(query), getJobs(query)),
      getJob: async () => undefined,
      organizations: async () => [],
    },
    conversations: { get: async (id) => saved.get(id), set: async (id, value) => void saved.set(id, value) },
    logger: {
      info: (message, properties) => logged.push({ level: 'info', message, properties }),
      warn: (message, properties) => logged.push({ level: 'warn', message, properties }),
      error: (message, properties) => logged.push({ level: 'error', message, properties }),
    },
    now: () => NOW,
    allowedTenants: [],
    invokeTimeoutMs: 60_000,
  });
  return { conversation, saved, logged, queries };
}

const message = (text: string): Incoming => ({ kind: 'message', conversationId: 'c1', text, timeZone: 'UTC', timeZoneIsFallback: false });

describe('conversation logic', () => {
  test('a bug (not upstream trouble) gives the generic error card and an error log, never the error text', async () => {
    const { conversation, logged } = setUp(async () => {
      throw new TypeError('secret-internal-detail at line 42');
    });
    const { replies } = await conversation.respond(message('failed jobs today'));
    expect(replies).toHaveLength(1);
    expect(JSON.stringify(replies)).not.toContain('secret-internal-detail');
    expect(logged.filter((entry) => entry.level === 'error')).toHaveLength(1);
  });

  test(`the page size is capped at ${MAX_LIST_ROWS} rows, whatever the sentence asks`, async () => {
    const { conversation, queries } = setUp(async () => EMPTY_PAGE);
    await conversation.respond(message('top 50 jobs'));
    expect(queries[0]?.pageSize).toBeLessThanOrEqual(MAX_LIST_ROWS);
  });

  test('"next" asks for the page after the saved one, "previous" never goes below page 1', async () => {
    const { conversation, queries } = setUp(async () => EMPTY_PAGE);
    await conversation.respond(message('failed jobs this week'));
    await conversation.respond(message('next'));
    await conversation.respond(message('previous'));
    await conversation.respond(message('previous'));
    expect(queries.map((query) => query.page)).toEqual([1, 2, 1, 1]);
    expect(new Set(queries.map((query) => query.startTime)).size).toBe(1);
  });

  test('an invoke other than adaptiveCard/action is not implemented', async () => {
    const { conversation } = setUp(async () => EMPTY_PAGE);
    const outcome = await conversation.respond({ kind: 'action', conversationId: 'c1', name: 'composeExtension/query', value: {}, timeZoneIsFallback: false });
    expect(outcome).toEqual({ replies: [], invoke: { status: 501, body: undefined } });
  });
});
