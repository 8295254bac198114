// The message extension's sign-in, as someone the bot does not know goes through it: Teams gets an `auth`
// answer to their search, opens its link (the tab's sign-in page with a ticket from the bot) in a pop-up,
// they sign in there, and the search Teams then sends again finds their tasks. Outside Teams the page says
// to go back to Teams; a forged or stale link says it has expired.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppUnderTest, type AppUnderTest } from '../../bot/src/test-support/app-under-test.js';
import { browserAvailable, launchChromium } from '../../bot/src/test-support/browser.js';
import { personalChat, teamsUser, type TeamsUser } from '../../bot/src/test-support/teams-activities.js';
import { screenshot } from './support.js';

/** What the bot answers to a search in the compose box (the fields these tests read). */
interface ComposeAnswer {
  composeExtension: {
    type: string;
    attachments?: { preview: { content: { title: string } } }[];
    suggestedActions?: { actions: { type: string; value: string; title: string }[] };
  };
}

describe.runIf(browserAvailable())("the message extension's sign-in pop-up", () => {
  let app: AppUnderTest;
  let browser: Browser;

  const search = async (user: TeamsUser, locale = 'en-US') => {
    const response = await app.compose(
      user,
      personalChat(user),
      'composeExtension/query',
      {
        commandId: 'findTask',
        parameters: [{ name: 'query', value: '' }],
        queryOptions: { skip: 0, count: 5 },
      },
      { locale },
    );
    expect(response.status).toBe(200);
    return response.body as ComposeAnswer;
  };

  /** The pop-up's address from an `auth` answer, on the server under test (the answer names PUBLIC_URL). */
  const popUpAddress = (answer: ComposeAnswer): string => {
    expect(answer.composeExtension.type).toBe('auth');
    const [action] = answer.composeExtension.suggestedActions!.actions;
    expect(action!.type).toBe('openUrl');
    const link = new URL(action!.value);
    return `${app.url}${link.pathname}${link.search}${link.hash}`;
  };

  const signInOn = async (page: Page) => {
    await page.locator('input[name="email"]').fill('demo@teamflame.local');
    await page.locator('input[name="password"]').fill('demo');
    await page.getByTestId('signin-submit').click();
  };

  beforeAll(async () => {
    app = await startAppUnderTest();
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('links the Teams user who was asked, so the search Teams sends again finds their tasks', async () => {
    const olga = teamsUser('Olga Newcomer');
    const helpBefore = await app.say(olga, personalChat(olga), 'help');
    expect(JSON.stringify(helpBefore)).toContain('"verb":"signIn.start"');
    const address = popUpAddress(await search(olga));
    expect(address).toMatch(/\/\?locale=en#\/signin\?ticket=[\w.-]+$/);

    const page = await browser.newPage({ viewport: { width: 600, height: 535 } });
    await page.goto(address);
    await expect.poll(() => page.getByTestId('signin-teams').innerText()).toContain('Teams message box');
    await screenshot(page, 'compose-sign-in-en');
    await signInOn(page);
    // Opened by a plain browser, not by Teams: nobody closes the pop-up, so it says what to do.
    await expect.poll(() => page.getByTestId('signin-done').innerText()).toContain('Go back to Teams');
    await page.close();

    const again = await search(olga);
    expect(again.composeExtension.type).toBe('result');
    expect(again.composeExtension.attachments!.length).toBeGreaterThan(0);
    // The chat knows them too: it is the same Teams user, signed in.
    const helpAfter = await app.say(olga, personalChat(olga), 'help');
    expect(JSON.stringify(helpAfter)).toContain('"verb":"boards.pick"');
    expect(JSON.stringify(helpAfter)).not.toContain('"verb":"signIn.start"');
  });

  it('speaks the language of the Teams client that asked', async () => {
    const page = await browser.newPage({ viewport: { width: 600, height: 535 } });
    await page.goto(popUpAddress(await search(teamsUser('Пётр Новиков'), 'ru-RU')));
    await expect.poll(() => page.getByTestId('signin-teams').innerText()).toContain('поля сообщения Teams');
    await screenshot(page, 'compose-sign-in-ru');
    await page.close();
  });

  it('says a forged link has expired and links nobody', async () => {
    const ivan = teamsUser('Ivan Forged');
    const address = popUpAddress(await search(ivan));
    const forged = address.replace(/ticket=([\w-]+)\.([\w-]+)\.([\w-]+)$/, 'ticket=$1.$2.AAAA$3');
    const page = await browser.newPage({ viewport: { width: 600, height: 535 } });
    await page.goto(forged);
    await signInOn(page);
    await expect
      .poll(() => page.getByTestId('signin-error').innerText())
      .toContain('sign-in link has expired');
    await page.close();
    expect((await search(ivan)).composeExtension.type).toBe('auth');
  });
});
