// Accessibility and looks, in headless Chromium: an axe-core audit of the gallery, the board, the drawer, a
// dialog and a menu in the light and the dark theme (no serious or critical finding), focus given back after
// a dialog, and screenshots of each screen at 1280×800 and 400×800 in the default, dark and high-contrast
// themes (test-results/screenshots/tab), with no page scrollbar and the toolbar on one line.
import type { TabBoard } from '@teamflame/contract';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppUnderTest, type AppUnderTest } from '../../bot/src/test-support/app-under-test.js';
import { browserAvailable, launchChromium } from '../../bot/src/test-support/browser.js';
import { boardNamed, screenshot, seriousViolations, signIn, signedInPage } from './support.js';

const THEMES = ['default', 'dark', 'contrast'] as const;
const WIDTHS = [1280, 400] as const;

describe.runIf(browserAvailable())('accessibility and themes of the tab', () => {
  let app: AppUnderTest;
  let browser: Browser;
  let token = '';
  let board: TabBoard;
  const taskWithComments = () => board.columns.flatMap((c) => c.tasks).find((t) => t.commentCount > 1)!;

  beforeAll(async () => {
    app = await startAppUnderTest();
    browser = await launchChromium();
    token = await signIn(app);
    board = await boardNamed(app, token, 'Спринт 14');
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  async function open(theme: string, width: number, hash: string): Promise<Page> {
    const page = await signedInPage(browser, token, { width, height: 800 });
    await page.goto(`${app.url}/?theme=${theme}${hash}`);
    return page;
  }

  for (const theme of ['default', 'dark'] as const) {
    it(`has no serious or critical axe finding in the ${theme} theme`, async () => {
      const page = await open(theme, 1280, '#/boards');
      await page.getByTestId('gallery-board').first().waitFor();
      const found: string[] = [];
      const audit = async (where: string) =>
        found.push(...(await seriousViolations(page)).map((v) => `${where}: ${v}`));
      await audit('gallery');

      await page.goto(`${app.url}/?theme=${theme}#/board/${board.id}`);
      await page.getByTestId('task-card').first().waitFor();
      await audit('board');

      await page.getByTestId('column-menu').first().click();
      await page.getByTestId('column-rename-start').waitFor();
      await audit('column menu');
      await page.keyboard.press('Escape');

      await page.getByTestId('new-column-button').click();
      await page.getByTestId('new-column').waitFor();
      await audit('new column dialog');
      await page.keyboard.press('Escape');
      await page.getByTestId('new-column').waitFor({ state: 'detached' });
      // Focus is given back to what opened the dialog.
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
        'new-column-button',
      );

      const task = taskWithComments();
      await page.locator(`[data-task-id="${task.id}"]`).click();
      await page.getByTestId('comment').first().waitFor();
      await audit('drawer');
      await page.getByTestId('due-date').click();
      await page.getByRole('dialog', { name: 'Calendar' }).waitFor();
      await audit('date picker');
      await page.keyboard.press('Escape');
      await page.getByRole('dialog', { name: 'Calendar' }).waitFor({ state: 'detached' });
      await page.keyboard.press('Escape');
      await page.getByTestId('drawer').waitFor({ state: 'detached' });
      // Closing the drawer gives focus back to the card it was opened from.
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-task-id')))
        .toBe(task.id);

      await page.getByTestId('filter-text').fill('nothing matches this');
      await page.getByTestId('no-matches').waitFor();
      await audit('no matches');
      expect(found).toEqual([]);
      await page.context().close();
    }, 90_000);
  }

  for (const theme of THEMES) {
    for (const width of WIDTHS) {
      it(`draws the board and the drawer at ${width}×800 in the ${theme} theme`, async () => {
        const page = await open(theme, width, `#/board/${board.id}`);
        await page.getByTestId('task-card').first().waitFor();
        // The page itself never scrolls: the board fills the window and scrolls inside.
        const page_ = await page.evaluate(() => ({
          scroll: document.documentElement.scrollHeight - window.innerHeight,
          margin: getComputedStyle(document.body).margin,
        }));
        expect(page_).toEqual({ scroll: 0, margin: '0px' });
        // The toolbar stays one line; what does not fit is in the "More" menu.
        const toolbar = await page.getByTestId('filters').boundingBox();
        expect(toolbar!.height).toBeLessThan(70);
        expect(await page.getByTestId('toolbar-more').count()).toBe(width === 400 ? 1 : 0);
        await screenshot(page, `board-${theme}-${width}`);
        await page.locator(`[data-task-id="${taskWithComments().id}"]`).click();
        await page.getByTestId('comment').first().waitFor();
        await screenshot(page, `drawer-${theme}-${width}`);
        await page.goto(`${app.url}/?theme=${theme}#/boards`);
        await page.getByTestId('gallery-board').first().waitFor();
        await screenshot(page, `gallery-${theme}-${width}`);
        await page.context().close();
      }, 60_000);
    }
  }
});
