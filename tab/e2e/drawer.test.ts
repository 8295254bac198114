// The task drawer in headless Chromium against the sandbox: opened from a deep link, edited in place
// (title, description with line breaks, `<` and `&`, priority, due date in Russian), and comments.
import type { TabBoard } from '@teamflame/contract';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppUnderTest, type AppUnderTest } from '../../bot/src/test-support/app-under-test.js';
import { browserAvailable, launchChromium } from '../../bot/src/test-support/browser.js';
import { toPlainText, typedTextToHtml } from '../../bot/src/teamflame/index.js';
import { dateOf, formatDay } from '../src/format.js';
import { boardNamed, screenshot, signIn, signedInPage } from './support.js';

describe.runIf(browserAvailable())('the task drawer', () => {
  let app: AppUnderTest;
  let browser: Browser;
  let token = '';
  let board: TabBoard;
  let page: Page;
  /** The first task of a column with comments (the drawer shows them). */
  const taskAt = (column: number) => board.columns[column]!.tasks.find((t) => t.commentCount > 0)!;
  const drawer = () => page.getByTestId('drawer');

  beforeAll(async () => {
    app = await startAppUnderTest();
    browser = await launchChromium();
    token = await signIn(app);
    board = await boardNamed(app, token, 'Спринт 14');
    page = await signedInPage(browser, token, { width: 1280, height: 800 });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('opens from a deep link, and closing it leaves the board', async () => {
    const task = taskAt(1);
    await page.goto(`${app.url}/#/board/${board.id}/task/${task.id}`);
    await drawer().waitFor();
    expect(await drawer().getByTestId('task-title').innerText()).toBe(task.name);
    await drawer().getByTestId('comment').first().waitFor();
    await drawer().getByTestId('drawer-close').click();
    await drawer().waitFor({ state: 'detached' });
    expect(new URL(page.url()).hash).toBe(`#/board/${board.id}`);
    // Opening a card puts its task in the address, so the link can be shared.
    await page.locator(`[data-task-id="${task.id}"]`).click();
    await drawer().waitFor();
    expect(new URL(page.url()).hash).toBe(`#/board/${board.id}/task/${task.id}`);
  });

  it('edits the title inline: Escape cancels, Enter saves', async () => {
    const task = taskAt(1);
    await drawer().getByTestId('task-title').click();
    const input = drawer().getByTestId('task-title-input');
    await input.fill('Не сохранять');
    await input.press('Escape');
    expect(await drawer().getByTestId('task-title').innerText()).toBe(task.name);
    expect(await drawer().count()).toBe(1); // Escape cancelled the edit, not the drawer
    await drawer().getByTestId('task-title-edit').click();
    await drawer().getByTestId('task-title-input').fill('Новое название');
    await drawer().getByTestId('task-title-input').press('Enter');
    await expect
      .poll(async () => (await app.sandboxTask(task.id)).name, { timeout: 10_000 })
      .toBe('Новое название');
    await expect.poll(() => drawer().getByTestId('save-state').getAttribute('data-state')).toBe('success');
    expect(await page.locator(`[data-task-id="${task.id}"]`).first().innerText()).toContain('Новое название');
  });

  it('edits the description in place: line breaks, < and & reach TeamFlame and come back as typed', async () => {
    const task = taskAt(1);
    const typed = 'First line with <b>no tags</b> & an ampersand, "quotes"\nSecond line\n\nA new paragraph';
    await drawer().getByTestId('task-description-edit').click();
    // Editing starts from the description as text, so saving it unchanged would store it unchanged.
    expect(await drawer().getByTestId('task-description-input').inputValue()).toBe(
      toPlainText((await app.sandboxTask(task.id)).description),
    );
    await drawer().getByTestId('task-description-input').fill(typed);
    await drawer().getByTestId('task-description-save').click();
    await expect
      .poll(async () => (await app.sandboxTask(task.id)).description, { timeout: 10_000 })
      .toBe(typedTextToHtml(typed));
    // Shown as typed: line breaks and paragraphs kept, `<b>` as text, not bold.
    const shown = drawer().getByTestId('task-description');
    await expect.poll(() => shown.innerText()).toBe(typed);
    expect(await shown.locator('b').count()).toBe(0);
    // Editing again starts from it, line breaks included.
    await drawer().getByTestId('task-description-edit').click();
    expect(await drawer().getByTestId('task-description-input').inputValue()).toBe(typed);
    await drawer().getByTestId('task-description-input').press('Escape');
    expect(await drawer().count()).toBe(1);
  });

  it('changes the priority, and the card shows it', async () => {
    const task = taskAt(1);
    await drawer().getByTestId('task-priority-picker').click();
    await drawer().getByRole('option', { name: 'High' }).click();
    await expect
      .poll(async () => (await app.sandboxTask(task.id)).priority, { timeout: 10_000 })
      .toBe('high');
    await expect
      .poll(() =>
        page
          .locator(`[data-task-id="${task.id}"] [data-testid="task-priority"]`)
          .getAttribute('data-priority'),
      )
      .toBe('high');
  });

  it('adds a comment with Ctrl+Enter, shown newest last with its author and time', async () => {
    const task = taskAt(1);
    const typed = 'Из вкладки Teams: <Button> & <img src=x>\nвторая строка';
    await drawer().getByTestId('comment-input').fill(typed);
    await drawer().getByTestId('comment-input').press('Control+Enter');
    await expect
      .poll(async () => (await app.sandboxTask(task.id)).comments.at(-1)?.text, { timeout: 10_000 })
      .toBe(typedTextToHtml(typed));
    const last = drawer().getByTestId('comment').last();
    await expect.poll(() => last.innerText()).toContain('Demo User');
    await expect.poll(() => last.getByTestId('comment-time').count()).toBe(1);
    expect(await last.getByTestId('comment-time').innerText()).toMatch(/now|minute/);
    await expect.poll(() => last.getByTestId('comment-text').innerText()).toBe(typed);
    expect(await last.locator('button, img').count()).toBe(0);
    expect(await drawer().getByTestId('comment-input').inputValue()).toBe('');
    await screenshot(page, 'drawer-light-1280');
  });

  it('picks a due date with a Russian date picker, shown as "20 дек."', async () => {
    const task = taskAt(2);
    await page.goto(`${app.url}/?locale=ru#/board/${board.id}/task/${task.id}`);
    await drawer().waitFor();
    await drawer().getByTestId('due-date').click();
    const now = new Date();
    const month = new Intl.DateTimeFormat('ru', { month: 'long' }).format(now);
    const calendar = page.getByRole('dialog', { name: 'Календарь' });
    await expect.poll(() => calendar.innerText()).toContain(month);
    // Russian day names, Monday first.
    await expect
      .poll(async () => (await calendar.locator('th').allInnerTexts()).slice(0, 2))
      .toEqual(['пн', 'вт']);
    await calendar.getByRole('button', { name: new RegExp(`^20, ${month}`) }).click();
    const iso = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-20`;
    await expect
      .poll(async () => (await app.sandboxTask(task.id)).endDate, { timeout: 10_000 })
      .toBe(`${iso}T18:00:00`);
    const shown = formatDay(dateOf(iso), 'ru');
    expect(await drawer().getByTestId('due-date').inputValue()).toBe(shown);
    if (now.getMonth() === 11) expect(shown).toBe('20 дек.');
    await screenshot(page, 'drawer-datepicker-ru');
    await drawer().getByTestId('due-date-clear').click();
    await expect
      .poll(async () => (await app.sandboxTask(task.id)).endDate, { timeout: 10_000 })
      .toBeUndefined();
  });
});
