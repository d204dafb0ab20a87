import { playgroundService } from '../../dev/playground';
import { startLocalHost } from '../../dev/startLocalHost';
import type { LocalHost } from '../../dev/startLocalHost';
import type { JobsPage } from '../../jobs/model';
import { simulatorPage } from '../bot/support/simulatorApi';
import { recordingLogger } from '../facade/harness';
import type { LogLine } from '../facade/harness';
import { describeWithChromium, openBrowser } from './support/chromium';
import type { Browser } from './support/chromium';
import { cardWith, cards, openChat, rows, screenshot, send } from './support/playgroundPage';

/** Late on a busy simulated day (seed 11): eleven failed jobs today, so the list has a second page. */
const NOW = new Date('2026-11-28T20:00:00.000Z');
const SEED = 11;
const ZONE = 'Europe/Berlin';
const TODAY = { startTime: '2026-11-27T23:00:00.000Z', finishTime: NOW.toISOString(), status: 4 };

/** One conversation, step by step as a user clicks through it: each test continues where the previous one stopped. */
describeWithChromium('the bot in Microsoft 365 Agents Playground, driven in headless Chromium', () => {
  const logs: LogLine[] = [];
  let host: LocalHost;
  let browser: Browser;
  /** The simulator's own pages for the same filter, fetched past the product. */
  let page1: JobsPage;
  let page2: JobsPage;

  beforeAll(async () => {
    // The product's own upstream time bounds (not the facade tests' short ones): a busy machine must not turn a list into an error card.
    host = await startLocalHost({
      settings: {},
      port: 0,
      logger: recordingLogger(logs),
      now: () => NOW,
      simulatorSeed: SEED,
      services: [playgroundService({ port: 0, conversationId: 'e2e-personal-chat', timeZone: ZONE })],
    });
    const chatUrl = host.links[0]!.url;
    const expectedPage = (pageIndex: number) => simulatorPage(host.simulator!, { ...TODAY, pageIndex });
    [browser, page1, page2] = await Promise.all([openBrowser(new URL(chatUrl).origin, { timeZone: ZONE }), expectedPage(1), expectedPage(2)]);
    await openChat(browser.page, chatUrl);
  });
  afterAll(async () => {
    await browser?.close();
    await host?.close();
  });

  test('"show failed jobs today" is answered with the list card of exactly those jobs', async () => {
    const { page } = browser;
    const { totalCount, jobs } = page1;
    expect(totalCount).toBeGreaterThan(jobs.length);

    await send(page, 'show failed jobs today');

    const list = cardWith(page, `Page 1 of 2 · ${totalCount} jobs`);
    await list.waitFor();
    await expect(list.textContent()).resolves.toContain(`Failed jobs · today`);
    const shown = await rows(list).allInnerTexts();
    expect(shown).toHaveLength(jobs.length);
    shown.forEach((row, i) => expect(row).toContain(jobs[i]!.organizationName));
    await screenshot(page, list, 'job-list.png');
  });

  test('"Next ▶" replaces the card in place with page 2', async () => {
    const { page } = browser;
    const before = await cards(page).count();

    await cardWith(page, 'Page 1 of 2').getByRole('button', { name: 'Next ▶' }).click();

    const list = cardWith(page, 'Page 2 of 2');
    await list.waitFor();
    const shown = await rows(list).allInnerTexts();
    expect(shown).toHaveLength(page2.jobs.length);
    shown.forEach((row, i) => expect(row).toContain(page2.jobs[i]!.organizationName));
    await expect(cards(page).filter({ hasText: 'Page 1 of 2' }).count()).resolves.toBe(0);
    await expect(cards(page).count()).resolves.toBe(before);
    await screenshot(page, list, 'job-list-page-2.png');
  });

  test('a row opens the job detail card with that job id', async () => {
    const { page } = browser;
    const job = page2.jobs[0]!;

    await rows(cardWith(page, 'Page 2 of 2')).first().click();

    const detail = cardWith(page, job.jobId);
    await detail.waitFor();
    await expect(detail.textContent()).resolves.toContain(job.organizationName);
    await expect(cards(page).filter({ hasText: 'Page 2 of 2' }).count()).resolves.toBe(0);
    await screenshot(page, detail, 'job-detail.png');
  });

  test('"help" is answered with the help card and its clickable examples', async () => {
    const { page } = browser;

    await send(page, 'help');

    const help = cardWith(page, 'What you can ask me');
    await help.waitFor();
    await expect(help.getByRole('button', { name: 'show failed jobs today' }).count()).resolves.toBe(1);
    await screenshot(page, help, 'help.png');
    expect(logs.filter((line) => line.level === 'error')).toEqual([]);
  });
});
