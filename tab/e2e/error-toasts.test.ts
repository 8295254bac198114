// A failure in the tab is told in the tab's language: a Russian user whose move TeamFlame refuses reads
// Russian in the toast (what failed, why, what to do), never the server's English sentence.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppUnderTest, type AppUnderTest } from '../../bot/src/test-support/app-under-test.js';
import { browserAvailable, launchChromium } from '../../bot/src/test-support/browser.js';
import { resources } from '../src/i18n.js';
import { dragTask } from './drag.js';

const SCREENSHOTS = join(import.meta.dirname, '../../test-results/screenshots/tab');

describe.runIf(browserAvailable())('error toasts in the tab', () => {
  let app: AppUnderTest;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    app = await startAppUnderTest();
    browser = await launchChromium();
    const signIn = (await fetch(`${app.url}/api/auth/signin`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'demo@teamflame.local', password: 'demo' }),
    }).then((r) => r.json())) as { sessionToken: string };
    const boards = (await fetch(`${app.url}/api/boards`, {
      headers: { authorization: `Bearer ${signIn.sessionToken}` },
    }).then((r) => r.json())) as { id: string; name: string }[];
    const sprint = boards.find((b) => b.name === 'Спринт 14')!;
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.setDefaultTimeout(8000);
    await page.addInitScript(
      (token) => sessionStorage.setItem('teamflame.session', token),
      signIn.sessionToken,
    );
    // The language as Teams gives it to the tab (`app.getContext().app.locale`), forced through the URL.
    await page.goto(`${app.url}/?locale=ru-RU#/board/${sprint.id}`);
    await page.getByTestId('column').nth(4).waitFor({ timeout: 15_000 });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const ru = resources.ru;

  it.each([
    [503, 'teamflame-failed'],
    [403, 'forbidden'],
  ] as const)('a move TeamFlame answers with %i is told in Russian', async (status, code) => {
    const first = page.locator('[data-column-id] [data-task-id]').first();
    const taskId = (await first.getAttribute('data-task-id'))!;
    const before = (await app.sandboxTask(taskId)).columnId;
    const columns = await page
      .getByTestId('column')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-column-id')!));
    await app.sandboxCall('/__sandbox/faults', {
      body: { path: `^/task/change-column/${taskId}$`, status, times: 5 },
    });
    try {
      await dragTask(
        page,
        taskId,
        columns.find((c) => c !== before)!,
      );
      const toast = page.getByTestId('toast').filter({ hasText: ru.problems[code].message });
      await expect.poll(() => toast.count(), { timeout: 10_000 }).toBe(1);
      const text = await toast.innerText();
      expect(text).toContain(ru.errors.move);
      expect(text).toContain(ru.problems[code].message);
      expect(text).toContain(ru.problems[code].hint);
      expect(text).toContain(code === 'forbidden' ? 'У вас нет доступа' : 'TeamFlame сейчас не отвечает');
      // No English sentence: apart from the product's name, not one Latin word.
      expect(text.replaceAll('TeamFlame', '')).not.toMatch(/[A-Za-z]{2,}/);
      await page.screenshot({ path: join(SCREENSHOTS, `error-toast-ru-${status}.png`) });
      // The move was rolled back.
      await expect
        .poll(() => page.locator(`[data-column-id="${before}"] [data-task-id="${taskId}"]`).count(), {
          timeout: 10_000,
        })
        .toBe(1);
    } finally {
      await app.sandboxCall('/__sandbox/faults', { method: 'DELETE' });
    }
  });
});
