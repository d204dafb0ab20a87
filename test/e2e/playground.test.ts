import { playgroundService } from '../../dev/playground';
import type { JobsPage } from '../../jobs/model';
import { clockAt } from '../support/alertWorld';
import { injectSimulatorJob, simulatorPage } from '../../fixtures/simulatorApi';
import { HOUR_MS } from '../../jobs/time';
import { recordingLogger, type LogLine } from '../support/recordingLogger';
import { startTestHost, type TestHost } from '../support/testHost';
import { describeWithChromium, openBrowser } from '../support/chromium';
import type { Browser } from '../support/chromium';
import { cardWith, cards, openChat, rows, screenshot, send } from '../support/playgroundPage';

/** Late on a busy simulated day (seed 11): eleven failed jobs today, so the list has a second page. */
const NOW = new Date('2026-11-28T20:00:00.000Z');
const SEED = 11;
const ZONE = 'Europe/Berlin';
const TODAY = { startTime: '2026-11-27T23:00:00.000Z', finishTime: NOW.toISOString(), status: 4 };

/** One conversation, step by step as a user clicks through it: each test continues where the previous one stopped. */
describeWithChromium('the bot in Microsoft 365 Agents Playground, driven in headless Chromium', () => {
  const logs: LogLine[] = [];
  let host: TestHost;
  let browser: Browser;
  /** The simulator's own pages for the same filter, fetched past the product. */
  let page1: JobsPage;
  let page2: JobsPage;

  // The alert steps move it forward; until then it stands at NOW.
  const clock = clockAt(NOW.toISOString());

  beforeAll(async () => {
    host = await startTestHost({
      logger: recordingLogger(logs),
      now: () => clock.now,
      simulatorSeed: SEED,
      services: [playgroundService({ port: 0, conversationId: 'e2e-personal-chat', timeZone: ZONE })],
    });
    const chatUrl = host.links[0]!.url;
    const expectedPage = (pageIndex: number) => simulatorPage(host.simulator!, { ...TODAY, pageIndex });
    [browser, page1, page2] = await Promise.all([
      openBrowser(new URL(chatUrl).origin, { timeZone: ZONE }),
      expectedPage(1),
      expectedPage(2),
    ]);
    await openChat(browser.page, chatUrl);
    // Host, Playground and Chromium take 5–18 s here depending on the load of the shared cores; 30 s was too close.
  }, 60_000);
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

  test('"how are my backups?" is answered with the summary card; "Show failures" lists exactly the failures', async () => {
    const { page } = browser;
    const range = { startTime: new Date(NOW.getTime() - 24 * HOUR_MS).toISOString(), finishTime: NOW.toISOString(), type: 1, pageSize: 1 };
    const [all, failed, withException] = await Promise.all(
      [undefined, 4, 7].map((status) => simulatorPage(host.simulator!, { ...range, ...(status && { status }) })),
    );
    const failures = failed!.totalCount + withException!.totalCount;
    expect(failed!.totalCount).toBeGreaterThan(0);

    await send(page, 'how are my backups?');

    const summary = cardWith(page, `${failed!.totalCount} of ${all!.totalCount} backups in the last 24 hours failed`);
    await summary.waitFor();
    await expect(summary.textContent()).resolves.toContain(`${withException!.totalCount} finished with exception`);
    await screenshot(page, summary, 'summary.png');

    await summary.getByRole('button', { name: 'Show failures' }).click();

    // Action.Submit: a new message with the list; the summary stays above it.
    const list = cardWith(page, `Page 1 of ${Math.ceil(failures / 10)} · ${failures} jobs`);
    await list.waitFor();
    await expect(list.textContent()).resolves.toMatch(/^Failures/);
    await expect(rows(list).count()).resolves.toBe(10);
    await expect(cards(page).filter({ hasText: 'backups in the last 24 hours failed' }).count()).resolves.toBeGreaterThan(0);
  });

  test("a week's summary draws the status split as a donut and failed and finished per day as bars, not their text fallback", async () => {
    const { page } = browser;

    await send(page, 'how were my backups in the last 7 days?');

    // The week's card, not the day's summary above it: both say "Success rate".
    const summary = cardWith(page, /Success rate[\s\S]*last 7 days|last 7 days[\s\S]*Success rate/);
    await summary.waitFor();
    // The Playground renders Teams' Chart.* elements as SVG; the fallback words appear only where charts are not drawn.
    await expect(summary.locator('svg').count()).resolves.toBeGreaterThanOrEqual(2);
    await expect(summary.textContent()).resolves.not.toContain('Failed / finished per day:');
    await screenshot(page, summary.locator('svg').last(), 'summary-chart.png');
  });

  test('subscribed in the chat, an injected failure reaches the same chat as an alert card once the timer runs; Acknowledge updates it in place', async () => {
    const { page } = browser;

    await send(page, 'notify me about failed backups');
    await cardWith(page, 'Subscribed: alert #1').waitFor();

    clock.advance(1);
    // Started 19:31 UTC (20:31 in Berlin), failed now after 30 minutes.
    await injectSimulatorJob(host.simulator!, {
      type: 1,
      status: 4,
      organizationName: 'Contoso',
      startTime: new Date(clock.now.getTime() - 30 * 60_000).toISOString(),
      durationMinutes: 30,
    });
    clock.advance(1);
    const run = await fetch(`${host.url}/admin/functions/deliverAlerts`, { method: 'POST' });
    expect(run.status).toBe(202);

    const alert = cardWith(page, '🔔 1 new job, 1 failed');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain('Contoso');
    await expect(alert.textContent()).resolves.toContain('Failed · Backup · 28 Nov 20:31 · 30 min');
    await expect(alert.textContent()).resolves.toContain('#1 · new failed backup jobs');
    const before = await cards(page).count();

    await alert.getByRole('button', { name: 'Acknowledge' }).click();

    const acknowledged = cardWith(page, /✔ Acknowledged by .+ at /);
    await acknowledged.waitFor();
    await expect(acknowledged.textContent()).resolves.toContain('🔔 1 new job, 1 failed');
    await expect(cards(page).count()).resolves.toBe(before);
    await expect(cards(page).filter({ hasText: '🔔' }).filter({ hasNotText: 'Acknowledged' }).count()).resolves.toBe(0);
    await screenshot(page, acknowledged, 'alert.png');
    expect(logs.filter((line) => line.level === 'error')).toEqual([]);
  });

  test('"my time zone is Asia/Tokyo" is confirmed in the chat, kept for the user, and the next alert is in that zone', async () => {
    const { page } = browser;

    await send(page, 'my time zone is Asia/Tokyo');

    await page
      .getByText(/Your time zone is now Asia\/Tokyo/)
      .last()
      .waitFor();

    clock.advance(5);
    // Started 19:37 UTC: 04:37 the next day in Tokyo (20:37 in Berlin, the zone the Playground sends).
    await injectSimulatorJob(host.simulator!, {
      type: 1,
      status: 4,
      organizationName: 'Fabrikam',
      startTime: new Date(clock.now.getTime() - 30 * 60_000).toISOString(),
      durationMinutes: 30,
    });
    clock.advance(1);
    expect((await fetch(`${host.url}/admin/functions/deliverAlerts`, { method: 'POST' })).status).toBe(202);

    const alert = cardWith(page, /Fabrikam/);
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain('times in Asia/Tokyo');
    await expect(alert.textContent()).resolves.toContain('Failed · Backup · 29 Nov 04:37');
    expect(logs.filter((line) => line.level === 'error')).toEqual([]);
  });
});
