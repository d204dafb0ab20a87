import { UpstreamError } from '../../shared/errors';
import type { JobQuery } from '../../jobs/model';
import { fixtureJob } from '../../fixtures/jobs';
import { executeActions, textsIn } from '../../test/cards/walkCard';
import { executed, fakeConversation, submitted, typed } from '../../test/support/conversationFakes';
import { readExecuteData } from './respondToAction';

const job = fixtureJob(0, { startTime: '2026-11-28T09:00:00.000Z' });
const getJob = async (jobId: string) => (jobId === job.jobId ? job : undefined);
const answered = (outcome: { invoke?: { body: unknown } }) => (outcome.invoke?.body as { value: unknown }).value;
const startedText = (card: unknown) => textsIn(card).find((text) => text.startsWith('Sat 28 Nov 2026'));

describe('reading an Action.Execute', () => {
  test.each([
    [
      'a row click: the verb from the action, the job id from the data',
      { action: { verb: 'detail', data: { jobId: 'J1' } } },
      { verb: 'detail', jobId: 'J1' },
    ],
    [
      'the action verb wins over one inside the data',
      { action: { verb: 'detail', data: { verb: 'page', jobId: 'J1' } } },
      { verb: 'detail', jobId: 'J1' },
    ],
    ['no data at all', { action: { verb: 'detail' } }, undefined],
    ['no verb', { action: { data: { verb: 'detail', jobId: 'J1' } } }, undefined],
    ['an unknown verb', { action: { verb: 'delete', data: { jobId: 'J1' } } }, undefined],
    ['data that is not an object', { action: { verb: 'detail', data: 'J1' } }, undefined],
  ])('%s', (_, value, expected) => {
    expect(readExecuteData(value)).toEqual(expected);
  });
});

describe('a row opens the job detail card', () => {
  test('in the zone of the click, with "Back to list" to the conversation\'s last list', async () => {
    const { conversation, saved } = fakeConversation({ getJob });
    await conversation.respond(typed('failed jobs this week', 'Europe/Berlin'));
    const list = saved.get('c1')!;
    const card = answered(await conversation.respond(executed('detail', { jobId: job.jobId }, 'Asia/Tokyo')));
    expect(startedText(card)).toBe('Sat 28 Nov 2026, 18:00:00');
    expect(executeActions(card).map((a) => [a.title, a.data])).toEqual([['◀ Back to list', { verb: 'page', ...list }]]);
  });

  test('a click without a zone from Teams uses the zone the list was read in', async () => {
    const { conversation } = fakeConversation({ getJob });
    await conversation.respond(typed('failed jobs this week', 'Europe/Berlin'));
    const card = answered(await conversation.respond(executed('detail', { jobId: job.jobId })));
    expect(startedText(card)).toBe('Sat 28 Nov 2026, 10:00:00');
  });

  test('with no list remembered there is no "Back to list", and the zone is UTC', async () => {
    const { conversation } = fakeConversation({ getJob });
    const card = answered(await conversation.respond(executed('detail', { jobId: job.jobId })));
    expect(startedText(card)).toBe('Sat 28 Nov 2026, 09:00:00');
    expect(executeActions(card)).toEqual([]);
  });

  test('an unknown job says so and offers the last list again', async () => {
    const { conversation } = fakeConversation({ getJob });
    await conversation.respond(typed('failed jobs this week'));
    const card = answered(await conversation.respond(executed('detail', { jobId: 'NOPE' })));
    expect(textsIn(card).join(' ')).toContain('I found no job with the id NOPE.');
    expect(executeActions(card).map((a) => a.verb)).toEqual(['retry']);
  });

  test('upstream trouble offers "Try again" of the same job', async () => {
    const { conversation } = fakeConversation({
      getJob: async () => {
        throw new UpstreamError('timeout', 'slow');
      },
    });
    const card = answered(await conversation.respond(executed('detail', { jobId: 'J1' })));
    expect(executeActions(card).map((a) => [a.verb, a.data])).toEqual([['detail', { verb: 'detail', jobId: 'J1' }]]);
  });
});

describe('an Action.Submit click', () => {
  const query: JobQuery = {
    page: 2,
    pageSize: 5,
    type: 0,
    startTime: '2026-11-21T12:00:00.000Z',
    endTime: '2026-11-28T12:00:00.000Z',
    statuses: [],
  };

  test('with our page data posts that page', async () => {
    const { conversation, queries } = fakeConversation();
    const { replies } = await conversation.respond(submitted({ verb: 'page', query, reading: 'jobs', timeZone: 'UTC' }));
    expect(queries).toEqual([query]);
    expect(replies).toHaveLength(1);
  });

  test.each([
    ["another app's data", { action: 'approve', id: 7 }],
    ['an unknown verb', { verb: 'delete', jobId: 'J1' }],
    ['page data that fails validation', { verb: 'page', query: { page: 0 }, reading: '', timeZone: 'UTC' }],
    ['a bare string', 'hello'],
  ])('with data that is not ours (%s) is answered with the help card', async (_, value) => {
    const { conversation, queries } = fakeConversation();
    const { replies } = await conversation.respond(submitted(value));
    expect(replies).toHaveLength(1);
    expect(textsIn((replies[0] as { card: unknown }).card)[0]).toBe('What you can ask me');
    expect(queries).toEqual([]);
  });
});
