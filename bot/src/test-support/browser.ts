// Headless Chromium for browser tests: the system Chromium driven by playwright-core (never a downloaded
// browser). Without Chromium a suite is skipped locally; under CI=true that is a failure.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  if (process.env.CI === 'true') {
    throw new Error(
      `CI=true but Chromium is missing at ${CHROMIUM_PATH}: browser suites must not be skipped`,
    );
  }
  return false;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      // Tests talk to loopback only: any other host name fails at once (teams-js then uses its own list
      // of Teams origins instead of the CDN's).
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
    ],
  });
}

/**
 * Waits until the tab's board is drawn: `cards` task cards placed (titles), and every card a person can see
 * (inside its column's scrolled list and the window) with its full face. Cards far below a column's fold
 * show only their title until scrolled near (tab/src/board/cards-in-view.ts).
 */
export async function waitForBoardDrawn(page: Page, cards: number): Promise<void> {
  await page.waitForFunction(
    (expected) => {
      const all = [...document.querySelectorAll('[data-testid="task-card"]')];
      if (all.length < expected) return false;
      return all.every((card) => {
        const list = card.parentElement!.getBoundingClientRect();
        const box = card.getBoundingClientRect();
        const visible =
          box.bottom > list.top && box.top < list.bottom && box.right > 0 && box.left < window.innerWidth;
        return !visible || card.getAttribute('data-face') === 'full';
      });
    },
    cards,
    { timeout: 60_000 },
  );
}
