import { readIncoming } from '../../bot/conversation/readIncoming';
import { activitySchema } from '../../bot/activitySchema';
import { EXAMPLES } from '../../cards/examples';
import { playgroundService } from '../../dev/playground';
import { recordingLogger, type LogLine } from '../support/recordingLogger';
import { startTestHost, type TestHost } from '../support/testHost';
import { describeWithChromium, openBrowser } from '../support/chromium';
import type { Browser } from '../support/chromium';
import { cardWith, cards, openChat, send } from '../support/playgroundPage';
import { watchActivitiesToBot } from '../support/playgroundLog';
import type { ActivitiesToBot } from '../support/playgroundLog';

const NOW = new Date('2026-11-28T20:00:00.000Z');
const ZONE = 'Europe/Berlin';
const HELP_TITLE = 'What you can ask me';

/** The help card's example buttons, clicked one after the other in one chat, as a new user tries them. */
describeWithChromium("the help card's example buttons in Microsoft 365 Agents Playground", () => {
  const logs: LogLine[] = [];
  let host: TestHost;
  let browser: Browser;
  let toBot: ActivitiesToBot;

  beforeAll(async () => {
    host = await startTestHost({
      logger: recordingLogger(logs),
      now: () => NOW,
      simulatorSeed: 11,
      services: [playgroundService({ port: 0, conversationId: 'e2e-help-buttons', timeZone: ZONE })],
    });
    const chatUrl = host.links[0]!.url;
    const origin = new URL(chatUrl).origin;
    [browser, toBot] = await Promise.all([openBrowser(origin, { timeZone: ZONE }), watchActivitiesToBot(origin)]);
    await openChat(browser.page, chatUrl);
    // Host, Playground and Chromium take 5–18 s here depending on the load of the shared cores.
  }, 60_000);
  afterAll(async () => {
    toBot?.close();
    await browser?.close();
    await host?.close();
  });

  test('"help" shows one button per example', async () => {
    const { page } = browser;

    await send(page, 'help');

    const help = cardWith(page, HELP_TITLE);
    await help.waitFor();
    for (const sentence of EXAMPLES) await expect(help.getByRole('button', { name: sentence, exact: true }).count()).resolves.toBe(1);
  });

  test.each(EXAMPLES.map((sentence) => [sentence]))(
    'clicking "%s" sends that sentence and is answered with a card',
    async (sentence) => {
      const { page } = browser;
      const before = await cards(page).count();

      await cardWith(page, HELP_TITLE).getByRole('button', { name: sentence, exact: true }).click();

      // What the click sent, as the bot received it: read as that sentence typed, and answered.
      const { activity, status } = await toBot.find(
        (sent) => JSON.stringify(sent.value) === JSON.stringify({ sentence }),
        `carrying "${sentence}"`,
      );
      expect(readIncoming(activitySchema.parse(activity))).toMatchObject({ kind: 'message', text: sentence });
      expect(status).toBe(200);
      // The answer is a new card below the help card: neither an error nor "I did not fully understand".
      const answer = cards(page).nth(before);
      await answer.waitFor();
      // An error card opens with ⚠️ and its title (list rows and chips may show ⚠️ too: only the opening counts).
      await expect(answer.textContent()).resolves.not.toMatch(/^\s*(⚠️|I did not fully understand)/);
      expect(logs.filter((line) => line.level === 'error')).toEqual([]);
    },
    60_000,
  );
});
