import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';

// A test run must not rewrite tracked files: `npm run screenshots` points this at docs/screenshots.
const SCREENSHOTS = process.env.SCREENSHOT_DIR ? resolve(process.env.SCREENSHOT_DIR) : join(tmpdir(), 'avepoint-e2e-screenshots');

/** Opens the chat window and waits until a message can be typed. */
export async function openChat(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('[data-lexical-editor="true"]').waitFor();
  // The log panel is for bot developers; closed, the chat (and the screenshots) get the width.
  await page.getByTitle('Toggle Log Panel').click();
}

/** Types a message into the compose box and sends it with Enter, as a user does. */
export async function send(page: Page, text: string): Promise<void> {
  await page.locator('[data-lexical-editor="true"]').click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

/** Every rendered Adaptive Card in the open chat. */
export const cards = (page: Page): Locator => page.locator('.ac-adaptiveCard');

/**
 * The newest card showing `text`. The Playground replays buffered messages to a page that
 * connects, so a card may appear twice: the last one is the live one.
 */
export const cardWith = (page: Page, text: string | RegExp): Locator => cards(page).filter({ hasText: text }).last();

/** The card's clickable rows (elements with a selectAction), in order. */
export const rows = (card: Locator): Locator => card.locator('.ac-selectable');

/** Brings `card` into view and saves the viewport as <SCREENSHOT_DIR>/<name> (the README shows docs/screenshots). */
export async function screenshot(page: Page, card: Locator, name: string): Promise<void> {
  await card.scrollIntoViewIfNeeded();
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, name) });
}
