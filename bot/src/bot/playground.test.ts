// The bot in a real Microsoft client: the Microsoft 365 Agents Playground (offline, Teams channel), driven
// by headless Chromium against the server and the TeamFlame sandbox. Screenshots of each card are kept.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppUnderTest, type AppUnderTest } from '../test-support/app-under-test.js';
import { browserAvailable, launchChromium } from '../test-support/browser.js';
import { startPlayground, type Playground } from '../test-support/playground.js';

const SCREENSHOTS = join(import.meta.dirname, '../../../test-results/screenshots/playground');

describe.runIf(browserAvailable())('the bot in the Microsoft 365 Agents Playground', () => {
  let app: AppUnderTest;
  let playground: Playground;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    app = await startAppUnderTest();
    playground = await startPlayground(`${app.url}/api/messages`);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 1100 } });
    await page.goto(playground.url);
    await page.getByText('Personal Chat').click();
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await playground?.close();
    await app?.close();
  });

  const lastCard = () => page.locator('.ac-adaptiveCard').last();

  async function say(text: string): Promise<void> {
    const cards = await page.locator('.ac-adaptiveCard').count();
    await page.locator('[data-lexical-editor="true"]').click();
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('.ac-adaptiveCard').count(), { timeout: 15_000 })
      .toBeGreaterThan(cards);
  }

  async function shot(name: string): Promise<void> {
    await lastCard().screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
  }

  it('signs in with the card, and the card is replaced in place', async () => {
    await expect
      .poll(() => page.getByText('Welcome to TeamFlame').count(), { timeout: 20_000 })
      .toBeGreaterThan(0);
    await say('sign in');
    const card = lastCard();
    await card.locator('input').nth(0).fill('demo@teamflame.local');
    await card.locator('input[type="password"]').fill('demo');
    await shot('01-sign-in');
    await card.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect.poll(() => card.innerText(), { timeout: 15_000 }).toContain('Signed in as Demo User');
    expect(await card.locator('input').count()).toBe(0);
    await shot('02-signed-in');
  });

  it('chooses a board, opens a task and moves it to another column (the sandbox shows it)', async () => {
    await say('boards');
    const picker = lastCard();
    await picker.getByRole('combobox').first().click();
    await page.keyboard.type('Спринт 14');
    await page
      .getByRole('option', { name: /Спринт 14/ })
      .first()
      .click();
    await shot('03-board-picker');
    await picker.getByRole('button', { name: 'Show board' }).click();
    await expect.poll(() => picker.innerText(), { timeout: 15_000 }).toContain('В работе');
    await shot('04-board');

    const requestsBefore = await app.sandboxCall<{ path: string }[]>('/__sandbox/requests');
    await picker.locator('.ac-container.ac-selectable').first().click();
    await expect.poll(() => picker.innerText(), { timeout: 15_000 }).toContain('Move');
    await shot('05-task');
    const requests = await app.sandboxCall<{ path: string }[]>('/__sandbox/requests');
    const taskPath = requests
      .slice(requestsBefore.length)
      .find((r) => /^\/task\/[0-9a-f]{24}$/.test(r.path))!.path;
    const taskId = taskPath.split('/').pop()!;
    const before = await app.sandboxTask(taskId);

    const columnPicker = picker.getByRole('combobox').first();
    await columnPicker.click();
    const options = page.getByRole('option');
    const names = await options.allInnerTexts();
    const current =
      (await columnPicker.innerText()).trim() || (await columnPicker.inputValue().catch(() => ''));
    const target = names.find((n) => n.trim() && n.trim() !== current.trim())!;
    await page.getByRole('option', { name: target.trim(), exact: true }).click();
    await picker.getByRole('button', { name: 'Move', exact: true }).click();
    await expect.poll(() => picker.innerText(), { timeout: 15_000 }).toContain(`Moved to ${target.trim()}`);
    await shot('06-task-moved');
    expect((await app.sandboxTask(taskId)).columnId).not.toBe(before.columnId);
  });
});
