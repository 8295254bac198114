// What the browser suites share: a signed-in page (the session token put where the tab keeps it), calls to
// the tab API as that user, the board named in the sandbox seed, an axe-core audit, and screenshots.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { TabBoard } from '@teamflame/contract';
import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import type { AppUnderTest } from '../../bot/src/test-support/app-under-test.js';

const SCREENSHOTS = join(import.meta.dirname, '../../test-results/screenshots/tab');

export async function signIn(app: AppUnderTest, email = 'demo@teamflame.local'): Promise<string> {
  const answer = (await fetch(`${app.url}/api/auth/signin`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'demo' }),
  }).then((r) => r.json())) as { sessionToken: string };
  return answer.sessionToken;
}

/** The tab API as the signed-in user. */
export function apiAs(app: AppUnderTest, token: string) {
  return async <T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> => {
    const response = await fetch(`${app.url}${path}`, {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  };
}

export async function boardNamed(app: AppUnderTest, token: string, name: string): Promise<TabBoard> {
  const api = apiAs(app, token);
  const boards = await api<{ id: string; name: string }[]>('/api/boards');
  const found = boards.find((b) => b.name === name);
  if (!found) throw new Error(`no board named ${name}`);
  return api<TabBoard>(`/api/boards/${found.id}`);
}

/** A page of its own (its own sessionStorage and localStorage), signed in with the token. */
export async function signedInPage(
  browser: Browser,
  token: string,
  viewport = { width: 1280, height: 800 },
): Promise<Page> {
  const context = await browser.newContext({ viewport });
  context.setDefaultTimeout(10_000);
  // Every page of the context: as if the person had signed in in each browser tab.
  await context.addInitScript((t) => sessionStorage.setItem('teamflame.session', t), token);
  return context.newPage();
}

/** axe-core's serious and critical findings on the page as it is now (WCAG 2.x A and AA, best practice). */
export async function seriousViolations(page: Page): Promise<string[]> {
  // What just opened is still fading in: its colours, measured mid-animation, would fail contrast.
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
  );
  // Through the DevTools protocol: the tab's Content-Security-Policy refuses inline scripts, rightly.
  await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => {
    const inPage = (window as unknown as { axe: typeof axe }).axe;
    // Tabster's focus-trap sentinels (`<i data-tabster-dummy aria-hidden tabindex=0>`, Fluent UI's own) pass
    // focus on the moment they get it; axe cannot know that, so they are left out.
    const result = await inPage.run(
      { exclude: [['[data-tabster-dummy]']] },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } },
    );
    return result.violations.map((v) => ({
      impact: v.impact,
      text: `${v.impact} ${v.id}: ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(', ')}`,
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.text);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

/** The tab API calls the page makes from now on, as "METHOD /path". */
export function recordApiCalls(page: Page): string[] {
  const calls: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/api/')) calls.push(`${request.method()} ${url.pathname}`);
  });
  return calls;
}
