import { BOT_PUBLIC_BASE_URL, useTestHost } from '../support/testHost';
import { composeQuery, queryLink } from '../../fixtures/activities';
import { cardText } from '../../fixtures/cardData';
import { post } from '../support/http';
import { simulatorPage } from '../../fixtures/simulatorApi';
import { expectValidCard } from '../cards/cardRules';

const NOW = new Date('2026-11-28T12:00:00.000Z');
const WEEK = { startTime: '2026-11-21T12:00:00.000Z', finishTime: NOW.toISOString() };

const started = useTestHost({
  now: () => NOW,
  upstream: 'oneAttempt',
  settings: { PUBLIC_BASE_URL: BOT_PUBLIC_BASE_URL },
  bot: { invokeTimeoutMs: 1_500 },
});

const options = () => ({ serviceUrl: started.connector.serviceUrl, timeZone: 'Europe/Berlin' });

interface Attachment {
  contentType: string;
  content: unknown;
  preview: { contentType: string; content: { title: string; subtitle: string; text: string } };
}
interface ComposeBody {
  composeExtension: { type: 'result'; attachmentLayout: string; attachments: Attachment[] } | { type: 'message'; text: string };
}

async function invoke(activity: unknown): Promise<ComposeBody['composeExtension']> {
  const response = await post(started.host.messagesUrl, activity);
  expect(response.status).toBe(200);
  // An invoke is answered in the HTTP response; nothing is posted to the conversation.
  expect(started.connector.posted).toEqual([]);
  return (response.body as ComposeBody).composeExtension;
}

const results = (answer: ComposeBody['composeExtension']): Attachment[] => {
  if (answer.type !== 'result') throw new Error(`expected results, got: ${answer.text}`);
  return answer.attachments;
};

const search = (text: string, extra?: Parameters<typeof composeQuery>[2]) =>
  invoke(composeQuery([{ name: 'query', value: text }], options(), extra));

describe('"Find jobs" (composeExtension/query) reads the search as a sentence', () => {
  test('"failed jobs last 7 days" lists the failed jobs of the week as previews of job cards', async () => {
    const expected = await simulatorPage(started.host.simulator, { ...WEEK, status: 4, pageSize: 25 });
    const attachments = results(await search('failed jobs last 7 days'));
    expect(attachments.length).toBeGreaterThan(1);

    expect(attachments.map((a) => cardText(a.content).split('\n'))).toEqual(
      expected.jobs.map((job) => expect.arrayContaining([job.jobId])),
    );
    for (const attachment of attachments) {
      expect(attachment.contentType).toBe('application/vnd.microsoft.card.adaptive');
      expect(attachment.preview.contentType).toBe('application/vnd.microsoft.card.thumbnail');
      expect(attachment.preview.content.subtitle).toMatch(/^Failed · /);
      expectValidCard(attachment.content);
    }
    // Start times are said in the searcher's zone.
    expect(attachments[0]!.preview.content.text).toContain('(Europe/Berlin)');
  });

  test('scrolling on (skip) asks for the next page of the same jobs', async () => {
    const expected = await simulatorPage(started.host.simulator, { ...WEEK, pageIndex: 2, pageSize: 5 });
    const attachments = results(await search('jobs last 7 days', { queryOptions: { skip: 5, count: 5 } }));
    expect(attachments.map((a) => a.preview.content.text.split(' · ').at(-1))).toEqual(expected.jobs.map((job) => job.jobId));
  });

  test('opening the extension (initialRun) shows the latest jobs', async () => {
    const attachments = results(await invoke(composeQuery([{ name: 'initialRun', value: 'true' }], options())));
    expect(attachments.length).toBeGreaterThan(0);
  });

  test('a job id finds that one job', async () => {
    const [job] = (await simulatorPage(started.host.simulator, { ...WEEK, pageSize: 1 })).jobs;
    const attachments = results(await search(`job ${job!.jobId}`));
    expect(attachments).toHaveLength(1);
    expect(cardText(attachments[0]!.content)).toContain(job!.jobId);
  });

  test.each([
    ['words that are no search', 'hello there', /^Type what you are looking for/],
    ['an organisation nobody knows', 'failed jobs for Zzyzx Holdings', /no organisation called “Zzyzx Holdings”/],
    ['a time that has not come', 'failed jobs tomorrow', /No job has run tomorrow yet/],
  ])('%s is answered with a sentence, not results', async (_, text, said) => {
    const answer = await search(text);
    expect(answer).toEqual({ type: 'message', text: expect.stringMatching(said) });
  });

  test('AvePoint failing is said in the compose box, not a 5xx', async () => {
    started.host.simulator.faults.inject({ kind: 'throttle', scope: 'api', count: 1, retryAfterSeconds: 0 });
    const answer = await search('failed jobs last 7 days');
    expect(answer).toEqual({ type: 'message', text: expect.stringContaining('AvePoint is busy right now') });
  });

  test('an upstream slower than the invoke bound is said, and the search can be typed again', async () => {
    started.host.simulator.faults.inject({ kind: 'delay', scope: 'api', count: 1, ms: 60_000 });
    expect(await search('failed jobs last 7 days')).toEqual({ type: 'message', text: expect.stringContaining('took too long') });
  });

  test('a command the app does not have is a bad request', async () => {
    const response = await post(
      started.host.messagesUrl,
      composeQuery([{ name: 'query', value: 'x' }], options(), { commandId: 'somethingElse' }),
    );
    expect(response.status).toBe(400);
  });
});

describe('a pasted link (composeExtension/queryLink) to one of our jobs unfurls as its card', () => {
  test('the job URL of this app shows the job card with a preview', async () => {
    const [job] = (await simulatorPage(started.host.simulator, { ...WEEK, status: 4, pageSize: 1 })).jobs;
    const attachments = results(await invoke(queryLink(`${BOT_PUBLIC_BASE_URL}/api/jobs/${job!.jobId}`, options())));
    expect(attachments).toHaveLength(1);
    expect(cardText(attachments[0]!.content)).toContain(job!.jobId);
    expect(attachments[0]!.preview.content.subtitle).toMatch(/^Failed · /);
    expectValidCard(attachments[0]!.content);
  });

  test.each([
    ['another site', 'https://example.org/api/jobs/DCIB2026112809000012345678'],
    ['our job list, not a job', `${BOT_PUBLIC_BASE_URL}/api/jobs?q=failed`],
    ['a job that does not exist', `${BOT_PUBLIC_BASE_URL}/api/jobs/DCIB2026112809000012345678`],
  ])('%s is left as a plain link (no result)', async (_, url) => {
    expect(await invoke(queryLink(url, options()))).toEqual({ type: 'result', attachmentLayout: 'list', attachments: [] });
  });
});
