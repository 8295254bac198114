// The built tab in headless Chromium against the running server and the TeamFlame sandbox: the board, its
// card faces, moving, filtering, quick add and the column menu.
import type { TabBoard } from '@teamflame/contract';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppUnderTest, type AppUnderTest } from '../../bot/src/test-support/app-under-test.js';
import { browserAvailable, launchChromium } from '../../bot/src/test-support/browser.js';
import { dragTask } from './drag.js';
import { apiAs, recordApiCalls, screenshot, signIn } from './support.js';

const rgb = (color: string) => color.match(/\d+/g)!.slice(0, 3).map(Number) as [number, number, number];

describe.runIf(browserAvailable())('the tab', () => {
  let app: AppUnderTest;
  let browser: Browser;
  let page: Page;
  let boardId = '';
  let api: ReturnType<typeof apiAs>;
  const board = () => api<TabBoard>(`/api/boards/${boardId}`);
  const columnIds = () =>
    page.getByTestId('column').evaluateAll((els) => els.map((e) => e.getAttribute('data-column-id')!));
  const settled = () => expect.poll(() => page.locator('[data-writing="false"]').count()).toBe(1);

  beforeAll(async () => {
    app = await startAppUnderTest();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.setDefaultTimeout(10_000);
    api = apiAs(app, await signIn(app));
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('signs in in the browser and opens a board from the gallery', async () => {
    await page.goto(`${app.url}/#/board`);
    await page.locator('input[name="email"]').fill('demo@teamflame.local');
    await page.locator('input[name="password"]').fill('demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('gallery').waitFor();
    await page.getByTestId('gallery-board').filter({ hasText: 'Спринт 14' }).click();
    await expect.poll(() => page.getByTestId('column').count(), { timeout: 15_000 }).toBe(5);
    boardId = decodeURIComponent(page.url().split('/').pop()!);
    expect(await page.getByTestId('column-name').allInnerTexts()).toEqual([
      'Бэклог',
      'Сделать',
      'В работе',
      'Готово',
      'Закрыто',
    ]);
    expect(await page.getByTestId('board-name').innerText()).toBe('Спринт 14');
    expect(await page.getByTestId('task-card').count()).toBeGreaterThan(10);
    // Card faces: priority badges, due chips, comment counts, description markers, avatars.
    for (const face of [
      'task-priority',
      'task-due',
      'task-comment-count',
      'task-has-description',
      'task-assignees',
    ])
      expect(await page.getByTestId(face).count(), face).toBeGreaterThan(0);
    const counts = await page.getByTestId('column-count').allInnerTexts();
    const cards = await page
      .getByTestId('column')
      .evaluateAll((els) => els.map((e) => String(e.querySelectorAll('[data-testid="task-card"]').length)));
    expect(counts).toEqual(cards);
  });

  it('marks an overdue task red and one due within a day amber', async () => {
    const current = await board();
    const [late, soon] = current.columns[2]!.tasks;
    const now = new Date();
    const day = (offset: number) => new Date(now.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
    // Due at 18:00 (as TeamFlame keeps it): within a day means today before then, else tomorrow.
    await api(`/api/tasks/${late!.id}`, { method: 'PATCH', body: { dueDate: day(-1) } });
    await api(`/api/tasks/${soon!.id}`, {
      method: 'PATCH',
      body: { dueDate: day(now.getUTCHours() < 18 ? 0 : 1) },
    });
    await page.reload();
    const chip = (taskId: string) => page.locator(`[data-task-id="${taskId}"] [data-testid="task-due"]`);
    await expect.poll(() => chip(late!.id).getAttribute('data-due')).toBe('overdue');
    expect(await chip(soon!.id).getAttribute('data-due')).toBe('soon');
    const [r, g, b] = rgb(await chip(late!.id).evaluate((e) => getComputedStyle(e).color));
    expect(r).toBeGreaterThan(g + 60);
    expect(r).toBeGreaterThan(b + 60);
    const [ar, ag, ab] = rgb(await chip(soon!.id).evaluate((e) => getComputedStyle(e).backgroundColor));
    expect(ar).toBeGreaterThan(ab + 60); // amber: red and green well above blue
    expect(ag).toBeGreaterThan(ab + 40);
    expect(await chip(late!.id).innerText()).toContain(String(Number(day(-1).slice(8))));
  });

  it('moves a task by drag and drop with one PATCH, taking its answer without reading the board again', async () => {
    const first = page.locator('[data-column-id] [data-task-id]').first();
    const taskId = (await first.getAttribute('data-task-id'))!;
    const target = (await columnIds())[2]!;
    await settled();
    const calls = recordApiCalls(page);
    await dragTask(page, taskId, target);
    await expect.poll(async () => (await app.sandboxTask(taskId)).columnId, { timeout: 10_000 }).toBe(target);
    await expect.poll(() => calls.filter((c) => c.startsWith('PATCH')).length).toBe(1);
    await settled();
    expect(calls).toEqual([`PATCH /api/tasks/${taskId}`]);
    expect(await page.locator(`[data-column-id="${target}"] [data-task-id="${taskId}"]`).count()).toBe(1);
  });

  it('rolls a failed move back and says why', async () => {
    const first = page.locator(`[data-column-id] [data-task-id]`).first();
    const taskId = (await first.getAttribute('data-task-id'))!;
    const before = (await app.sandboxTask(taskId)).columnId;
    const target = (await columnIds()).find((c) => c !== before)!;
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

  it('filters to my tasks and to any member', async () => {
    await page.getByTestId('filter-mine').click();
    const demo = app.sandbox.demoUsers.find((u) => u.email === 'demo@teamflame.local')!;
    const tasks = (await board()).columns.flatMap((c) => c.tasks);
    const shownIds = async () =>
      new Set(
        await page
          .getByTestId('task-card')
          .evaluateAll((els) => els.map((e) => e.getAttribute('data-task-id')!)),
      );
    const assignedTo = (id: string) =>
      new Set(tasks.filter((t) => t.assignees.some((a) => a.id === id)).map((t) => t.id));
    await expect.poll(shownIds).toEqual(assignedTo(demo.id));
    await page.getByTestId('filter-mine').click();

    const ivan = app.sandbox.demoUsers.find((u) => u.email === 'ivan.petrov@teamflame.local')!;
    await page.getByTestId('filter-assignee').click();
    await page.getByRole('option', { name: `${ivan.firstName} ${ivan.lastName}` }).click();
    await expect.poll(shownIds).toEqual(assignedTo(ivan.id));
    await page.getByTestId('filter-assignee').click();
    await page.getByRole('option', { name: 'Anyone' }).click();
  });

  it('says when no task matches the filters, and clears them', async () => {
    await page.getByTestId('filter-text').fill('нет такой задачи xyz');
    await page.getByTestId('no-matches').waitFor();
    expect(await page.getByTestId('task-card').count()).toBe(0);
    expect(await page.getByTestId('no-matches').innerText()).toContain('No tasks match the filters');
    await screenshot(page, 'board-no-matches');
    await page.getByTestId('clear-filters').click();
    await expect.poll(() => page.getByTestId('task-card').count()).toBeGreaterThan(10);
    expect(await page.getByTestId('filter-text').inputValue()).toBe('');
  });

  it('adds tasks with quick add: a title, Enter, the next title, Escape', async () => {
    const column = page.getByTestId('column').first();
    const columnId = (await column.getAttribute('data-column-id'))!;
    await column.getByTestId('quick-add-open').click();
    const title = column.getByTestId('quick-add-title');
    await title.fill('Быстрая задача 1');
    await title.press('Enter');
    await expect.poll(() => title.inputValue()).toBe('');
    await title.fill('Quick task <2> & more');
    await title.press('Enter');
    await title.press('Escape');
    await column.getByTestId('quick-add-open').waitFor();
    // Focus is back on the button that opened it.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'quick-add-open',
    );
    await expect
      .poll(async () => (await board()).columns.find((c) => c.id === columnId)!.tasks.map((t) => t.name), {
        timeout: 10_000,
      })
      .toEqual(expect.arrayContaining(['Быстрая задача 1', 'Quick task <2> & more']));
    await expect.poll(() => column.getByText('Quick task <2> & more').count()).toBe(1);
  });

  it('quick add takes optional assignees and a due date from its chips', async () => {
    const column = page.getByTestId('column').first();
    await column.getByTestId('quick-add-open').click();
    await column.getByTestId('quick-add-title').fill('Quick task with chips');
    await column.getByTestId('quick-add-assign').click();
    const member = page.getByRole('menuitemcheckbox').first();
    const memberName = (await member.innerText()).trim();
    await member.click();
    await page.keyboard.press('Escape');
    await expect.poll(() => column.getByTestId('quick-add-assign').innerText()).toBe(memberName);
    await column.getByTestId('quick-add-due').click();
    const calendar = page.getByRole('dialog', { name: 'Calendar' });
    await calendar.getByRole('button', { name: /^20, / }).click();
    const now = new Date();
    const iso = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-20`;
    await screenshot(page, 'quick-add-chips');
    await column.getByTestId('quick-add-title').press('Enter');
    // The chips are cleared for the next task.
    await expect.poll(() => column.getByTestId('quick-add-assign').innerText()).toBe('Assign');
    expect(await column.getByTestId('quick-add-due').inputValue()).toBe('');
    await expect
      .poll(
        async () => {
          const task = (await board()).columns
            .flatMap((c) => c.tasks)
            .find((t) => t.name === 'Quick task with chips');
          return task && { assignees: task.assignees.map((a) => a.name), dueDate: task.dueDate };
        },
        { timeout: 10_000 },
      )
      .toEqual({ assignees: [memberName], dueDate: iso });
    await column.getByTestId('quick-add-title').press('Escape');
  });

  it('renames a column from its menu, and adds a task from there', async () => {
    const column = page.getByTestId('column').nth(1);
    const columnId = (await column.getAttribute('data-column-id'))!;
    await column.getByTestId('column-menu').click();
    await page.getByTestId('column-rename-start').click();
    const input = column.getByTestId('column-rename');
    await input.fill('Очередь');
    await input.press('Enter');
    await expect.poll(() => column.getByTestId('column-name').innerText()).toBe('Очередь');
    await expect
      .poll(async () => (await board()).columns.find((c) => c.id === columnId)!.name, { timeout: 10_000 })
      .toBe('Очередь');
    await column.getByTestId('column-menu').click();
    await page.getByTestId('column-add-task').click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('[data-testid="quick-add"]') !== null))
      .toBe(true);
    await page.keyboard.press('Escape');
  });

  it('creates a column and a board', async () => {
    const columnsBefore = await page.getByTestId('column').count();
    await page.getByTestId('new-column-button').click();
    await page.getByTestId('new-column-name').fill('Review');
    await page.getByTestId('new-column-create').click();
    await expect.poll(() => page.getByTestId('column').count(), { timeout: 10_000 }).toBe(columnsBefore + 1);
    await expect.poll(async () => (await board()).columns.at(-1)!.name, { timeout: 10_000 }).toBe('Review');

    await page.getByTestId('new-board-button').click();
    await page.getByTestId('new-board-name').fill('Доска из вкладки');
    await page.getByTestId('new-board-choice').click();
    await page.getByRole('option', { name: /Backend API/ }).click();
    await page.getByTestId('new-board-create').click();
    await expect
      .poll(() => page.getByTestId('column-name').allInnerTexts(), { timeout: 10_000 })
      .toEqual(['Сделать', 'В работе', 'Готово', 'Закрыто']);
    expect(await page.getByTestId('board-name').innerText()).toBe('Доска из вкладки');
  });
});
