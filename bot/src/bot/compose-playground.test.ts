// The message extension in a real Microsoft client: the Microsoft 365 Agents Playground (0.2.28), driven by
// headless Chromium against the server and the TeamFlame sandbox. Its compose box offers "Search Command"
// (composeExtension/query) and "Link Unfurling" (composeExtension/queryLink with a pasted URL), and a
// message's "…" menu offers "Action Command" (composeExtension/fetchTask, then submitAction from the
// dialog). Screenshots of each step are kept.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppUnderTest } from '../test-support/app-under-test.js';
import { browserAvailable } from '../test-support/browser.js';
import { openPlaygroundChat, type Playground, type PlaygroundChat } from '../test-support/playground.js';

const SCREENSHOTS = join(import.meta.dirname, '../../../test-results/screenshots/playground-compose');

describe.runIf(browserAvailable())('the message extension in the Microsoft 365 Agents Playground', () => {
  let chat: PlaygroundChat | undefined;
  let app: AppUnderTest;
  let playground: Playground;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    chat = await openPlaygroundChat();
    ({ app, playground, page } = chat);
  }, 180_000);

  afterAll(() => chat?.close());

  async function shot(name: string, target: Page | Locator = page): Promise<void> {
    await target.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
  }

  /** What is on the page now, for the test's failure message. */
  async function controls(): Promise<string> {
    const list = await page
      .locator('button, [role=menuitem], input, textarea')
      .evaluateAll((els) =>
        els.map(
          (e) =>
            `${e.tagName} ${e.getAttribute('aria-label') ?? ''} ${e.getAttribute('placeholder') ?? ''} ${(e as HTMLElement).innerText?.slice(0, 30) ?? ''}`,
        ),
      );
    writeFileSync(join(SCREENSHOTS, 'controls.txt'), list.join('\n'));
    return list.join(' | ');
  }

  async function type(text: string): Promise<void> {
    await page.locator('[data-lexical-editor="true"]').click();
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
  }

  it('signs in with the chat card first', async () => {
    await expect
      .poll(() => page.getByText('Welcome to TeamFlame').count(), { timeout: 30_000 })
      .toBeGreaterThan(0);
    await type('sign in');
    const card = page.locator('.ac-adaptiveCard').last();
    await expect.poll(() => card.locator('input[type="password"]').count(), { timeout: 15_000 }).toBe(1);
    await card.locator('input').nth(0).fill('demo@teamflame.local');
    await card.locator('input[type="password"]').fill('demo');
    await card.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect.poll(() => card.innerText(), { timeout: 15_000 }).toContain('Signed in as Demo User');
  }, 120_000);

  it('finds a task with the search command and puts its card into the conversation', async () => {
    await page.getByRole('button', { name: 'Trigger Message Extension App' }).click();
    await page.getByRole('menuitem', { name: 'Search Command' }).click();
    // Name the command and its parameter as the manifest does, so the invoke is the one Teams sends.
    await page.getByText('Specify Command ID or Parameter').click();
    const [commandId, parameter] = [page.locator('input').nth(0), page.locator('input').nth(1)];
    await commandId.fill('findTask');
    await parameter.fill('query');
    await page.getByPlaceholder('Enter a search term').fill('ТЁМНОЙ');
    await page.keyboard.press('Enter');
    const result = page.getByText('Поддержка тёмной темы').first();
    await expect
      .poll(() => result.count(), { timeout: 20_000 })
      .toBeGreaterThan(0)
      .catch(async (e: unknown) => {
        await shot('search-failed');
        throw new Error(`${String(e)}\n${await controls()}`);
      });
    const sent = playground.lastActivity() as { name?: string; value?: Record<string, unknown> };
    expect(sent.name).toBe('composeExtension/query');
    expect(sent.value).toMatchObject({
      commandId: 'findTask',
      parameters: [{ name: 'query', value: 'ТЁМНОЙ' }],
      queryOptions: { skip: 0, count: 25 },
    });
    await shot('01-search-results');
    const cardsBefore = await page.locator('.ac-adaptiveCard').count();
    await result.click();
    await shot('02-search-chosen');
    // The chosen card is in the compose box: send it.
    await page.getByRole('button', { name: 'Send Message' }).click();
    await expect
      .poll(() => page.locator('.ac-adaptiveCard').count(), { timeout: 15_000 })
      .toBeGreaterThan(cardsBefore);
    const card = page.locator('.ac-adaptiveCard').last();
    await expect.poll(() => card.innerText(), { timeout: 15_000 }).toContain('Поддержка тёмной темы');
    for (const label of ['Move', 'Assign', 'Due date', 'Comment'])
      expect(await card.innerText()).toContain(label);
    // The bot gets the posted card as a message too, and leaves it be (no "I didn't understand").
    await page.waitForTimeout(2000);
    expect(await page.getByText("I didn't understand").count()).toBe(0);
    await shot('03-search-card-sent', card);
  }, 120_000);

  it('creates a task from a message with the action command', async () => {
    const more = page.getByRole('button', { name: 'Show more information' });
    const before = await more.count();
    await type('Проверить счёт от поставщика');
    await expect.poll(() => more.count(), { timeout: 15_000 }).toBeGreaterThan(before + 1);
    // The "…" of the message just typed (the bot's answer comes after it).
    await page.getByText('Проверить счёт от поставщика', { exact: true }).first().hover();
    await more.nth(before).click();
    await page.getByRole('menuitem', { name: 'Action Command' }).click();
    await shot('04-action-options');
    const commandId = page.getByPlaceholder('Input command id or leave blanks');
    await commandId.fill('createTaskFromMessage');
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    // Our form, in the Playground's dialog, filled in from the message.
    const title = page.locator('input[value="Проверить счёт от поставщика"]');
    await expect
      .poll(() => title.count(), { timeout: 20_000 })
      .toBeGreaterThan(0)
      .catch(async (e: unknown) => {
        await shot('action-failed');
        throw new Error(`${String(e)}\n${await controls()}`);
      });
    const fetched = playground.lastActivity() as { name?: string; value?: { messagePayload?: unknown } };
    expect(fetched.name).toBe('composeExtension/fetchTask');
    expect(fetched.value?.messagePayload).toBeTruthy();
    await shot('05-action-form');
    await title.fill('Сверить счёт поставщика');
    await page.getByRole('button', { name: 'Create task' }).click();
    const creates = async () =>
      (
        await app.sandboxCall<{ method: string; path: string; status: number }[]>('/__sandbox/requests')
      ).filter((r) => r.method === 'POST' && r.path === '/task/create' && r.status < 300).length;
    await expect.poll(creates, { timeout: 20_000 }).toBe(1);
    const submitted = playground.lastActivity() as {
      name?: string;
      value?: { data?: Record<string, unknown> };
    };
    expect(submitted.name).toBe('composeExtension/submitAction');
    expect(submitted.value?.data).toMatchObject({ dialog: 'fromMessage', name: 'Сверить счёт поставщика' });
    // The answer is the new task's card, put into the compose box for the person to post.
    await expect
      .poll(() => page.locator('.ac-adaptiveCard').filter({ hasText: 'Сверить счёт поставщика' }).count(), {
        timeout: 20_000,
      })
      .toBeGreaterThan(0);
    await page.waitForTimeout(1000);
    await shot('06-action-created');
    // Post it, as the person would: the compose box is empty again for the next command, and the
    // bot leaves the posted card be.
    await page.getByRole('button', { name: 'Send Message' }).click();
    const posted = () => playground.lastActivity() as { type?: string; attachments?: unknown[] };
    await expect.poll(() => posted().type, { timeout: 15_000 }).toBe('message');
    expect(JSON.stringify(posted().attachments)).toContain('Сверить счёт поставщика');
    await page.waitForTimeout(1000);
    expect(await page.getByText("I didn't understand").count()).toBe(0);
    expect(await creates()).toBe(1);
  }, 120_000);

  it('unfurls a pasted link to a task in TeamFlame into the task card', async () => {
    const asDemo = <T>(path: string) => app.sandboxCall<T>(path, { as: 'demo@teamflame.local' });
    const [board] = await asDemo<{ id: string }[]>('/board/boardsByUser');
    const [column] = await asDemo<{ id: string }[]>(`/column/getByBoard/${board!.id}`);
    const [task] = await asDemo<{ id: string; name: string }[]>(`/task/getTasksByColumn/${column!.id}`);
    // The task may already be on a card above (the search test's): count the cards that name it.
    const named = page.locator('.ac-adaptiveCard').filter({ hasText: task!.name });
    const namedBefore = await named.count();
    const sentBefore = playground.activities().length;
    await page.getByRole('button', { name: 'Trigger Message Extension App' }).click();
    await page.getByRole('menuitem', { name: 'Link Unfurling' }).click();
    const dialog = page.getByRole('dialog').filter({ hasText: 'Enter an URL' });
    await dialog.locator('input').fill(`https://teamflame.ru/task/${task!.id}`);
    await page.waitForTimeout(500); // the dialog's entrance animation
    await shot('07-unfurl-link');
    await dialog.getByRole('button', { name: 'Send to Conversation' }).click();
    // The Playground sends the queryLink invoke, then posts what it got as a message: find the invoke.
    const unfurled = () =>
      playground
        .activities()
        .slice(sentBefore)
        .find((a) => a.name === 'composeExtension/queryLink') as { value?: { url?: string } } | undefined;
    await expect
      .poll(() => unfurled() !== undefined, { timeout: 20_000 })
      .toBe(true)
      .catch(async (e: unknown) => {
        await shot('unfurl-failed');
        throw new Error(`${String(e)}\n${await controls()}`);
      });
    expect(unfurled()!.value?.url).toBe(`https://teamflame.ru/task/${task!.id}`);
    await expect.poll(() => named.count(), { timeout: 20_000 }).toBeGreaterThan(namedBefore);
    await shot('08-unfurled-card', named.last());
  }, 120_000);
});
