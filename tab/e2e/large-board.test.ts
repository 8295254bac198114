// The board with 10 columns × 100 tasks: measured from navigation to the board drawn (printed, not asserted
// against a time: speed targets live in `npm run bench`).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppUnderTest, type AppUnderTest } from '../../bot/src/test-support/app-under-test.js';
import { browserAvailable, launchChromium, waitForBoardDrawn } from '../../bot/src/test-support/browser.js';

describe.runIf(browserAvailable())('a large board in the tab', () => {
  let app: AppUnderTest;
  let browser: Browser;
  beforeAll(async () => {
    app = await startAppUnderTest({ largeBoard: { columns: 10, tasksPerColumn: 100 } });
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('draws all 1000 tasks of a 10 × 100 board', { timeout: 120_000 }, async () => {
    const signIn = await fetch(`${app.url}/api/auth/signin`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'demo@teamflame.local', password: 'demo' }),
    }).then((r) => r.json() as Promise<{ sessionToken: string }>);
    const boards = (await fetch(`${app.url}/api/boards`, {
      headers: { authorization: `Bearer ${signIn.sessionToken}` },
    }).then((r) => r.json())) as { id: string; name: string }[];
    const large = boards.find((b) => b.name.startsWith('Large board'))!;
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await page.addInitScript(
      (token) => sessionStorage.setItem('teamflame.session', token),
      signIn.sessionToken,
    );
    const started = Date.now();
    await page.goto(`${app.url}/#/board/${large.id}`);
    await waitForBoardDrawn(page, 1000);
    const elapsed = Date.now() - started;
    console.log(`10 columns × 100 tasks: ${elapsed} ms from navigation to the board drawn`);
    expect(await page.getByTestId('task-card').count()).toBe(1000);
    expect(await page.getByTestId('column').count()).toBe(10);
    // Only what is near view wears its full face; the last card of a column gets it once scrolled to.
    const faces = await page.locator('[data-face="full"]').count();
    expect(faces).toBeGreaterThan(0);
    expect(faces).toBeLessThan(500);
    const last = page.getByTestId('column').first().getByTestId('task-card').last();
    await expect.poll(() => last.getAttribute('data-face')).toBe('title');
    await last.scrollIntoViewIfNeeded();
    await expect.poll(() => last.getAttribute('data-face')).toBe('full');
    const chips = last.locator('[data-testid="task-due"], [data-testid="task-assignees"]');
    expect(await chips.count()).toBeGreaterThan(0);
  });
});
