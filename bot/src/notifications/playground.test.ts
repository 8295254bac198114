// Notifications in a real Microsoft client: the Agents Playground in headless Chromium, its personal chat
// following a board. Ivan changes tasks directly in TeamFlame (the sandbox); the poll finds the changes and
// the Playground shows an instant card, a digest and a personal-stream message, in English and in Russian.
// Screenshots of each are kept (test-results/screenshots/playground/notify-*.png).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppUnderTest } from '../test-support/app-under-test.js';
import { browserAvailable } from '../test-support/browser.js';
import { openPlaygroundChat, type Playground, type PlaygroundChat } from '../test-support/playground.js';

const SCREENSHOTS = join(import.meta.dirname, '../../../test-results/screenshots/playground');

interface SandboxColumn {
  id: string;
  name: string;
  tasks: { id: string; name: string; spaceId: string; users: string[] }[];
}

describe.runIf(browserAvailable())(
  'notifications in the Microsoft 365 Agents Playground',
  { timeout: 120_000 },
  () => {
    let chat: PlaygroundChat | undefined;
    let app: AppUnderTest;
    let playground: Playground;
    let page: Page;
    let boardId = '';
    let demoId = '';

    beforeAll(async () => {
      mkdirSync(SCREENSHOTS, { recursive: true });
      chat = await openPlaygroundChat();
      ({ app, playground, page } = chat);
      demoId = app.sandbox.demoUsers.find((u) => u.email === 'demo@teamflame.local')!.id;
    }, 90_000);

    afterAll(() => chat?.close());

    const cards = () => page.locator('.ac-adaptiveCard:not(.ac-adaptiveCard .ac-adaptiveCard)');

    async function newCardAfter(count: number): Promise<Locator> {
      await expect.poll(() => cards().count(), { timeout: 20_000 }).toBeGreaterThan(count);
      return cards().nth(count);
    }

    async function say(text: string): Promise<Locator> {
      const count = await cards().count();
      await page.locator('[data-lexical-editor="true"]').click();
      await page.keyboard.type(text);
      await page.keyboard.press('Enter');
      return newCardAfter(count);
    }

    const shot = (name: string, card: Locator) => card.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });

    /** Ivan, directly in TeamFlame: the app does not know who made these changes. */
    function asIvan<T>(path: string, body?: unknown): Promise<T> {
      return app.sandboxCall<T>(path, { body, as: 'ivan.petrov@teamflame.local' });
    }

    const columns = () => asIvan<SandboxColumn[]>(`/column/getByBoardOneLayer/${boardId}`);

    /** Runs polls until a card arrives after `count`. */
    async function polledCard(count: number): Promise<Locator> {
      await app.app.scheduler.tick();
      return newCardAfter(count);
    }

    /** The digest period ends now (the test does not wait half an hour), then one poll round. */
    async function digestNow(count: number): Promise<Locator> {
      await app.db.database.dataSource.query(
        `UPDATE subscriptions SET next_digest_at = now() - interval '1 second' WHERE board_id = $1`,
        [boardId],
      );
      return polledCard(count);
    }

    /** Moves a task on, comments on it twice and comments on another: four changes, three to one task. */
    async function changesInTeamFlame(comment: string): Promise<void> {
      const [first, second] = await columns();
      const task = first!.tasks[0]!;
      await asIvan(`/task/change-column/${task.id}`, { columnId: second!.id, location: task.spaceId });
      await asIvan('/comment/create', { task: task.id, text: `<p>${comment}</p>` });
      await asIvan('/comment/create', { task: second!.tasks.at(-1)!.id, text: comment });
      await app.app.scheduler.tick();
      await asIvan('/comment/create', { task: task.id, text: `${comment} (2)` });
    }

    /** Ivan assigns Demo to a task of the board and comments on it. */
    async function assignDemo(comment: string): Promise<string> {
      const board = await columns();
      const task = board.flatMap((c) => c.tasks).find((x) => !x.users.includes(demoId))!;
      const full = await asIvan<Record<string, unknown>>(`/task/${task.id}`);
      await asIvan(`/task/update/${task.id}`, { ...full, users: [...task.users, demoId] });
      await app.app.scheduler.tick();
      await asIvan('/comment/create', { task: task.id, text: comment });
      return task.name;
    }

    it('follows a board from its card, which then shows Following', async () => {
      await expect
        .poll(() => page.getByText('Welcome to TeamFlame').count(), { timeout: 20_000 })
        .toBeGreaterThan(0);
      const signIn = await say('sign in');
      await signIn.locator('input').nth(0).fill('demo@teamflame.local');
      await signIn.locator('input[type="password"]').fill('demo');
      await signIn.getByRole('button', { name: 'Sign in', exact: true }).click();
      await expect.poll(() => signIn.innerText(), { timeout: 15_000 }).toContain('Signed in as Demo User');

      const picker = await say('boards');
      await picker.getByRole('combobox').first().click();
      await page.keyboard.type('Спринт 14');
      await page
        .getByRole('option', { name: /Спринт 14/ })
        .first()
        .click();
      await picker.getByRole('button', { name: 'Show board' }).click();
      await expect.poll(() => picker.innerText(), { timeout: 15_000 }).toContain('В работе');
      await picker.getByRole('button', { name: 'Follow here' }).click();
      await picker.getByRole('button', { name: 'Follow', exact: true }).click();
      await expect.poll(() => picker.innerText(), { timeout: 15_000 }).toContain('Following ✓');
      expect(await picker.innerText()).toContain('every change at once');
      const [followed] = (await app.db.database.dataSource.query(`SELECT board_id FROM subscriptions`)) as {
        board_id: string;
      }[];
      boardId = followed!.board_id;
      await shot('notify-01-following-en', picker);
    });

    it('shows an instant card, a digest and a personal-stream message in English', async () => {
      let count = await cards().count();
      const [first, second] = await columns();
      const moved = first!.tasks[0]!;
      await asIvan(`/task/change-column/${moved.id}`, { columnId: second!.id, location: moved.spaceId });
      const instant = await polledCard(count);
      expect(await instant.innerText()).toContain(
        `“${moved.name}” moved from ${first!.name} to ${second!.name}`,
      );
      await shot('notify-02-instant-en', instant);

      const digestFollowed = await say('subscribe every 30 min');
      expect(await digestFollowed.innerText()).toContain('a digest every 30 min');
      count = await cards().count();
      await changesInTeamFlame('Looks good');
      const digest = await digestNow(count);
      const digestText = await digest.innerText();
      expect(digestText).toContain('Спринт 14: digest');
      expect(digestText).toMatch(/3 changes to /);
      await shot('notify-03-digest-en', digest);

      const followed = await say('follow my tasks');
      expect(await followed.innerText()).toContain('on every board you can see');
      count = await cards().count();
      const assigned = await assignDemo('Can you take this one?');
      const personal = await newCardAfter(count);
      expect(await personal.innerText()).toContain(`You were assigned to “${assigned}”`);
      count = await cards().count();
      const commented = await polledCard(count);
      expect(await commented.innerText()).toContain('Иван Петров commented on');
      await shot('notify-04-personal-en', personal);
      await shot('notify-05-personal-comment-en', commented);
      await say('unfollow my tasks');
    });

    it('and in Russian, the whole card in Russian', async () => {
      playground.setLocale('ru-RU');
      // The conversation's language is the one Teams says on its latest activity.
      const instantFollowed = await say('подписаться');
      expect(await instantFollowed.innerText()).toContain('каждое изменение сразу');
      await shot('notify-01-following-ru', instantFollowed);
      let count = await cards().count();
      const [first, second] = await columns();
      const moved = first!.tasks[0]!;
      await asIvan(`/task/change-column/${moved.id}`, { columnId: second!.id, location: moved.spaceId });
      const instant = await polledCard(count);
      expect(await instant.innerText()).toContain(
        `«${moved.name}» перемещена из ${first!.name} в ${second!.name}`,
      );
      expect(await instant.innerText()).not.toMatch(/moved|changes|Open task/);
      await shot('notify-02-instant-ru', instant);

      await say('подписаться каждые 30 мин');
      count = await cards().count();
      await changesInTeamFlame('Всё проверил');
      const digest = await digestNow(count);
      expect(await digest.innerText()).toContain('Спринт 14: сводка');
      expect(await digest.innerText()).toMatch(/3 изменения в «/);
      expect(await digest.innerText()).not.toMatch(/digest|changes|moved/);
      await shot('notify-03-digest-ru', digest);

      await say('следить за моими задачами');
      count = await cards().count();
      const assigned = await assignDemo('Возьмёшь?');
      const personal = await newCardAfter(count);
      expect(await personal.innerText()).toContain(`Вас назначили на «${assigned}»`);
      count = await cards().count();
      const commented = await polledCard(count);
      expect(await commented.innerText()).toContain('Иван Петров прокомментировал(а)');
      await shot('notify-04-personal-ru', personal);
      await shot('notify-05-personal-comment-ru', commented);
    });
  },
);
