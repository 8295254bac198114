// The built tab in headless Chromium against the running server and the TeamFlame sandbox.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppUnderTest, type AppUnderTest } from '../../bot/src/test-support/app-under-test.js';
import { browserAvailable, launchChromium } from '../../bot/src/test-support/browser.js';
import { toPlainText } from '../../bot/src/teamflame/index.js';
import { dragTask } from './drag.js';

const SCREENSHOTS = join(import.meta.dirname, '../../test-results/screenshots/tab');

describe.runIf(browserAvailable())('the tab', () => {
  let app: AppUnderTest;
  let browser: Browser;
  let page: Page;
  let boardId = '';

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    app = await startAppUnderTest();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.setDefaultTimeout(8000);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('signs in in the browser and shows the sandbox board', async () => {
    await page.goto(`${app.url}/#/board`);
    await page.locator('input[name="email"]').fill('demo@teamflame.local');
    await page.locator('input[name="password"]').fill('demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('board-picker').click();
    await page.getByRole('option', { name: /Спринт 14/ }).click();
    await expect.poll(() => page.getByTestId('column').count(), { timeout: 15_000 }).toBe(5);
    boardId = page.url().split('/').pop()!;
    const names = await page.locator('[data-testid="column"] header > span:first-child').allInnerTexts();
    expect(names).toEqual(['Бэклог', 'Сделать', 'В работе', 'Готово', 'Закрыто']);
    expect(await page.getByTestId('task-card').count()).toBeGreaterThan(10);
    await page.screenshot({ path: join(SCREENSHOTS, 'board-light.png') });
  });

  it('moves a task by drag and drop, and the sandbox shows the new column', async () => {
    const first = page.locator('[data-column-id] [data-task-id]').first();
    const taskId = (await first.getAttribute('data-task-id'))!;
    const columns = await page
      .getByTestId('column')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-column-id')!));
    const target = columns[2]!;
    await dragTask(page, taskId, target);
    await expect.poll(async () => (await app.sandboxTask(taskId)).columnId, { timeout: 10_000 }).toBe(target);
    await expect
      .poll(() => page.locator(`[data-column-id="${target}"] [data-task-id="${taskId}"]`).count())
      .toBe(1);
  });

  it('rolls a failed move back and says why', async () => {
    const first = page.locator(`[data-column-id] [data-task-id]`).first();
    const taskId = (await first.getAttribute('data-task-id'))!;
    const before = (await app.sandboxTask(taskId)).columnId;
    const columns = await page
      .getByTestId('column')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-column-id')!));
    const target = columns.find((c) => c !== before)!;
    await app.sandboxCall('/__sandbox/faults', {
      body: { path: '^/task/change-column/', status: 500, times: 5 },
    });
    await dragTask(page, taskId, target);
    await expect.poll(() => page.getByTestId('toast').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await expect
      .poll(() => page.locator(`[data-column-id="${before}"] [data-task-id="${taskId}"]`).count(), {
        timeout: 10_000,
      })
      .toBe(1);
    expect((await app.sandboxTask(taskId)).columnId).toBe(before);
    await app.sandboxCall('/__sandbox/faults', { method: 'DELETE' });
  });

  it('filters to my tasks', async () => {
    await page.getByTestId('filter-mine').click();
    const demo = app.sandbox.demoUsers.find((u) => u.email === 'demo@teamflame.local')!;
    const shown = await page
      .getByTestId('task-card')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-task-id')!));
    const board = (await (
      await fetch(`${app.url}/api/boards/${boardId}`, {
        headers: {
          authorization: `Bearer ${await page.evaluate(() => sessionStorage.getItem('teamflame.session'))}`,
        },
      })
    ).json()) as { columns: { tasks: { id: string; assignees: { id: string }[] }[] }[] };
    const mine = board.columns
      .flatMap((c) => c.tasks)
      .filter((t) => t.assignees.some((a) => a.id === demo.id))
      .map((t) => t.id);
    expect(new Set(shown)).toEqual(new Set(mine));
    await page.getByTestId('filter-mine').click();

    // Any member as the assignee filter.
    const ivan = app.sandbox.demoUsers.find((u) => u.email === 'ivan.petrov@teamflame.local')!;
    await page.getByTestId('filter-assignee').click();
    await page.getByRole('option', { name: `${ivan.firstName} ${ivan.lastName}` }).click();
    const ivans = board.columns
      .flatMap((c) => c.tasks)
      .filter((t) => t.assignees.some((a) => a.id === ivan.id))
      .map((t) => t.id);
    await expect
      .poll(
        async () =>
          new Set(
            await page
              .getByTestId('task-card')
              .evaluateAll((els) => els.map((e) => e.getAttribute('data-task-id')!)),
          ),
      )
      .toEqual(new Set(ivans));
    await page.getByTestId('filter-assignee').click();
    await page.getByRole('option', { name: 'Anyone' }).click();
  });

  it('edits a task in the drawer: comment, assignee and due date all reach the sandbox', async () => {
    const card = page.locator('[data-column-id] [data-task-id]').nth(1);
    const taskId = (await card.getAttribute('data-task-id'))!;
    await card.click();
    const drawer = page.getByRole('dialog');
    await drawer.waitFor();
    await drawer.getByTestId('comment-input').fill('Из вкладки Teams');
    await drawer.getByTestId('comment-add').click();
    await expect
      .poll(async () => (await app.sandboxTask(taskId)).comments.map((c) => c.text), { timeout: 10_000 })
      .toContain('<p>Из вкладки Teams</p>');

    // The picker toggles: choose a member of the space who is not assigned yet.
    const assigned = (await app.sandboxTask(taskId)).users;
    const outsiders = ['john.smith@teamflame.local', 'alex.brown@teamflame.local'];
    const member = app.sandbox.demoUsers.find(
      (u) => !outsiders.includes(u.email) && !assigned.includes(u.id),
    )!;
    await drawer.getByTestId('assign-picker').click();
    // The listbox renders inline, right under the picker: the first match is the option, not a comment.
    await drawer.getByText(`${member.firstName} ${member.lastName}`, { exact: true }).first().click();
    await expect
      .poll(async () => (await app.sandboxTask(taskId)).users, { timeout: 10_000 })
      .toContain(member.id);
    await page.keyboard.press('Escape');

    await drawer.getByTestId('due-date').fill('2031-07-15');
    await expect
      .poll(async () => (await app.sandboxTask(taskId)).endDate, { timeout: 10_000 })
      .toBe('2031-07-15T18:00:00');
    await drawer.getByTestId('task-description-edit').click();
    await drawer.getByTestId('task-description').fill('Описание из вкладки');
    await drawer.getByTestId('task-description-save').click();
    await expect
      .poll(async () => (await app.sandboxTask(taskId)).description, { timeout: 10_000 })
      .toBe('<p>Описание из вкладки</p>');
    await page.screenshot({ path: join(SCREENSHOTS, 'drawer.png') });
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });
  });

  it('shows a multi-line description and comment as typed: line breaks kept, "<Button>" as text', async () => {
    const card = page.locator('[data-column-id] [data-task-id]').nth(2);
    const taskId = (await card.getAttribute('data-task-id'))!;
    await card.click();
    const drawer = page.getByRole('dialog');
    await drawer.waitFor();

    // The edit field starts from the description as text, so saving it unchanged would store it unchanged.
    await drawer.getByTestId('task-description-edit').click();
    const field = drawer.getByTestId('task-description');
    expect(await field.inputValue()).toBe(toPlainText((await app.sandboxTask(taskId)).description));
    const description = 'Fix the <Button> component & "quotes"\nsecond line\n\nA new paragraph';
    await field.fill(description);
    await drawer.getByTestId('task-description-save').click();
    await expect
      .poll(async () => toPlainText((await app.sandboxTask(taskId)).description), { timeout: 10_000 })
      .toBe(description);
    const shown = drawer.getByTestId('task-description-html');
    await expect.poll(() => shown.innerText()).toBe(description);
    expect(await shown.locator('button').count()).toBe(0);
    await drawer.getByTestId('task-description-edit').click();
    expect(await drawer.getByTestId('task-description').inputValue()).toBe(description);
    await drawer.getByTestId('task-description-cancel').click();

    const comment = 'Checked <Button> & <img src=x>\non two lines';
    await drawer.getByTestId('comment-input').fill(comment);
    await drawer.getByTestId('comment-add').click();
    await expect
      .poll(async () => (await app.sandboxTask(taskId)).comments.map((c) => toPlainText(c.text)), {
        timeout: 10_000,
      })
      .toContain(comment);
    const last = drawer.getByTestId('comment-text').last();
    await expect.poll(() => last.innerText()).toBe(comment);
    expect(await last.locator('button, img').count()).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'drawer-typed-text.png') });
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });
  });

  it('creates a task, a column and a board', async () => {
    await page.getByTestId('new-task-button').first().click();
    await page.getByTestId('new-task-name').fill('Задача из вкладки');
    await page.getByTestId('new-task-create').click();
    await expect.poll(() => page.getByText('Задача из вкладки').count(), { timeout: 10_000 }).toBe(1);

    const columnsBefore = await page.getByTestId('column').count();
    await page.getByTestId('new-column-button').click();
    await page.getByTestId('new-column-name').fill('Review');
    await page.getByTestId('new-column-create').click();
    await expect.poll(() => page.getByTestId('column').count(), { timeout: 10_000 }).toBe(columnsBefore + 1);

    await page.getByTestId('new-board-button').click();
    await page.getByTestId('new-board-name').fill('Доска из вкладки');
    await page.getByTestId('new-board-choice').click();
    await page.getByRole('option', { name: /Backend API/ }).click();
    await page.getByTestId('new-board-create').click();
    await expect
      .poll(() => page.locator('[data-testid="column"] header > span:first-child').allInnerTexts(), {
        timeout: 10_000,
      })
      .toEqual(['Сделать', 'В работе', 'Готово', 'Закрыто']);
    const created = (await app.sandboxCall<{ path: string; status: number }[]>('/__sandbox/requests'))
      .filter((r) => r.status === 201)
      .map((r) => r.path);
    expect(created).toEqual(expect.arrayContaining(['/task/create', '/column/create', '/board/create']));
    await page.goto(`${app.url}/#/board/${boardId}`);
  });

  it('follows a dark theme', async () => {
    await page.goto(`${app.url}/?theme=dark#/board/${boardId}`);
    await expect.poll(() => page.getByTestId('task-card').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await page.locator('[data-theme="dark"]').count()).toBe(1);
    await page.screenshot({ path: join(SCREENSHOTS, 'board-dark.png') });
  });
});
