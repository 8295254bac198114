// The start page in headless Chromium: every board in a gallery, grouped by space / project and searchable,
// recent boards first, and the last board opened again directly.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppUnderTest, type AppUnderTest } from '../../bot/src/test-support/app-under-test.js';
import { browserAvailable, launchChromium } from '../../bot/src/test-support/browser.js';
import { apiAs, screenshot, signIn, signedInPage } from './support.js';

describe.runIf(browserAvailable())('the start page', () => {
  let app: AppUnderTest;
  let browser: Browser;
  let page: Page;
  let boards: { id: string; name: string; path: string }[] = [];
  const tiles = (within = page.getByTestId('gallery')) =>
    within
      .getByTestId('gallery-board')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-board-id')!));

  beforeAll(async () => {
    app = await startAppUnderTest();
    browser = await launchChromium();
    const token = await signIn(app);
    boards = await apiAs(app, token)('/api/boards');
    page = await signedInPage(browser, token);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('shows every board, grouped by space / project, when no board was opened yet', async () => {
    await page.goto(`${app.url}/#/board`);
    await page.getByTestId('gallery-group').first().waitFor();
    expect(await page.getByTestId('gallery-recent').count()).toBe(0);
    expect(new Set(await tiles())).toEqual(new Set(boards.map((b) => b.id)));
    const headings = await page.getByTestId('gallery-group').locator('h2').allInnerTexts();
    expect(headings).toEqual([...new Set(boards.map((b) => b.path))].sort((a, b) => a.localeCompare(b)));
    await screenshot(page, 'gallery-light-1280');
  });

  it('searches board names and places', async () => {
    const sprint = boards.find((b) => b.name === 'Спринт 14')!;
    await page.getByTestId('gallery-search').fill('спринт');
    await expect.poll(() => tiles()).toEqual([sprint.id]);
    const place = sprint.path.split(' / ')[1]!;
    await page.getByTestId('gallery-search').fill(place.toUpperCase());
    await expect
      .poll(async () => new Set(await tiles()))
      .toEqual(new Set(boards.filter((b) => b.path.includes(place)).map((b) => b.id)));
    await page.getByTestId('gallery-search').fill('no such board at all');
    await page.getByTestId('gallery-empty').waitFor();
    await page.getByTestId('gallery-search').fill('');
  });

  it('lists the boards opened last first, and opens the last one directly next time', async () => {
    const [first, second] = [
      boards.find((b) => b.name === 'Спринт 14')!,
      boards.find((b) => b.name !== 'Спринт 14')!,
    ];
    for (const board of [second, first]) {
      await page.getByTestId('gallery').locator(`[data-board-id="${board.id}"]`).first().click();
      await expect.poll(() => page.getByTestId('board-name').innerText()).toBe(board.name);
      await page.getByTestId('all-boards').click();
      await page.getByTestId('gallery').waitFor();
    }
    expect(await tiles(page.getByTestId('gallery-recent'))).toEqual([first.id, second.id]);

    // A new browser tab of the same browser: the address without a board opens the last one.
    const again = await page.context().newPage();
    await again.goto(`${app.url}/#/board`);
    await expect.poll(() => new URL(again.url()).hash).toBe(`#/board/${first.id}`);
    await again.getByTestId('column').first().waitFor();
    expect(await again.getByTestId('board-name').innerText()).toBe(first.name);
    // The gallery is still one click away.
    await again.getByTestId('all-boards').click();
    await expect.poll(() => new URL(again.url()).hash).toBe('#/boards');
    await again.getByTestId('gallery-recent').waitFor();
    await again.close();
  }, 60_000);
});
