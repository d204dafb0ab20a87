import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import { describeWithTool } from './describeWithTool';

/** Debian's Chromium: the tests never download a browser. */
export const CHROMIUM = '/usr/bin/chromium';

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Chromium's own look-ups of Google hosts fail at once instead of leaving the machine.
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
];

/** `describe` for browser tests: skipped locally without Chromium, failed under CI=true. */
export function describeWithChromium(name: string, body: () => void): void {
  const missing = existsSync(CHROMIUM) ? undefined : `Chromium not found at ${CHROMIUM}; install it with: apt-get install chromium`;
  describeWithTool(name, missing, body);
}

export interface Browser {
  page: Page;
  context: BrowserContext;
  close(): Promise<void>;
}

/** Headless Chromium in a fresh profile that may only reach `origin`; everything else (CDN fonts, scripts) is aborted. */
export async function openBrowser(origin: string, options: { timeZone: string }): Promise<Browser> {
  const profile = await mkdtemp(join(tmpdir(), 'chromium-'));
  const removeProfile = () => rm(profile, { recursive: true, force: true });
  const context = await chromium
    .launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: FLAGS,
      viewport: { width: 1280, height: 800 },
      timezoneId: options.timeZone,
    })
    .catch(async (error: unknown) => {
      await removeProfile();
      throw error;
    });
  const close = async () => {
    await context.close();
    await removeProfile();
  };
  try {
    // Bounds every wait and click: no step waits on a fixed sleep or forever.
    context.setDefaultTimeout(10_000);
    await context.route('**/*', (route) => (new URL(route.request().url()).origin === origin ? route.continue() : route.abort()));
    const page = context.pages()[0] ?? (await context.newPage());
    return { page, context, close };
  } catch (error) {
    await close();
    throw error;
  }
}
