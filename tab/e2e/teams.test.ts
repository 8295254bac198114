// The tab inside Teams, through the test Teams host (teams-host.ts): SSO with a token the test mints with
// its own key (served as JWKS, the server pointed at it by AAD_*), the in-Teams sign-in that links the Teams
// identity, the consent pop-up (auth-start -> a fake Entra ID authorize endpoint -> auth-end), storage
// denied to the iframe, the configuration page, Follow, theme change events, the locale, deep links.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TabBoard } from '@teamflame/contract';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startAppUnderTest, type AppUnderTest } from '../../bot/src/test-support/app-under-test.js';
import { browserAvailable, launchChromium } from '../../bot/src/test-support/browser.js';
import { SSO_CLIENT_ID, startSsoIssuer, type SsoIssuer } from '../../bot/src/test-support/sso.js';
import {
  TENANT_ID,
  channel,
  personalChat,
  teamsUser,
  type TeamsUser,
} from '../../bot/src/test-support/teams-activities.js';
import { boardNamed, screenshot, signIn } from './support.js';
import { TAB_ORIGIN, openInTeamsHost, type TeamsHost, type TeamsHostOptions } from './teams-host.js';

/** A fake Entra ID authorize endpoint: consent is given at once, back to redirect_uri with an id token. */
async function startFakeAuthorize() {
  const requests: URLSearchParams[] = [];
  let refuse = false;
  const server: Server = createServer((req, res) => {
    const query = new URL(req.url ?? '/', 'http://localhost').searchParams;
    requests.push(query);
    const back = new URLSearchParams(
      refuse
        ? { error: 'access_denied', error_description: 'The user declined.', state: query.get('state') ?? '' }
        : { id_token: 'header.payload.signature', state: query.get('state') ?? '' },
    );
    refuse = false;
    res.writeHead(302, { location: `${query.get('redirect_uri')}#${back}` });
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/authorize`,
    requests,
    /** The next request is answered as a person who declines consent. */
    refuseNext: () => {
      refuse = true;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// Each test opens one or two fresh browser contexts through the host: slow on a busy machine.
describe.runIf(browserAvailable())('the tab inside Teams', { timeout: 60_000 }, () => {
  let app: AppUnderTest;
  let sso: SsoIssuer;
  let authorize: Awaited<ReturnType<typeof startFakeAuthorize>>;
  let browser: Browser;
  let sprint: TabBoard;
  const contexts: BrowserContext[] = [];
  const hosts: TeamsHost[] = [];
  const linked = teamsUser('Demo User');
  const general = channel('General');
  const generalId = general.id.split(';')[0]!;

  beforeAll(async () => {
    sso = await startSsoIssuer();
    authorize = await startFakeAuthorize();
    app = await startAppUnderTest({ env: { ...sso.env, AAD_AUTHORIZE_URL: authorize.url } });
    browser = await launchChromium();
    // Linked through the bot: signing in once in the bot links this Teams identity.
    await app.press(linked, personalChat(linked), 'signIn', {
      email: 'demo@teamflame.local',
      password: 'demo',
    });
    await app.install(linked, general);
    app.connector.setMembers(generalId, [{ ...linked }]);
    sprint = await boardNamed(app, await signIn(app), 'Спринт 14');
  }, 60_000);
  afterEach(async ({ task }) => {
    const opened = hosts.splice(0);
    // A failure leaves a picture of what the tab showed.
    if (task.result?.state === 'fail')
      for (const [i, host] of opened.entries())
        await screenshot(host.page, `teams-failed-${task.name.slice(0, 20)}-${i}`);
    for (const context of contexts.splice(0)) await context.close();
    // Every call the tab made was one the host knows.
    for (const host of opened) expect(host.unknownCalls).toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await sso?.close();
    await authorize?.close();
  });

  async function inTeams(
    user: TeamsUser,
    options: Partial<TeamsHostOptions> & { hash?: string; denyStorage?: boolean } = {},
  ): Promise<TeamsHost> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    context.setDefaultTimeout(10_000);
    contexts.push(context);
    if (options.denyStorage)
      // As some Teams clients and browsers do to a third-party iframe: touching storage throws.
      await context.addInitScript(() => {
        for (const name of ['sessionStorage', 'localStorage'])
          Object.defineProperty(window, name, {
            get() {
              throw new DOMException('Access is denied for this document.', 'SecurityError');
            },
          });
      });
    const host = await openInTeamsHost(context, {
      appUrl: app.url,
      tabUrl: `${TAB_ORIGIN}/?inTeams=true${options.hash ?? '#/board'}`,
      tenantId: TENANT_ID,
      user: { aadObjectId: user.aadObjectId, loginHint: `${user.name.replace(' ', '.')}@contoso.example` },
      ssoToken: () => sso.token(user),
      ...options,
    });
    hosts.push(host);
    return host;
  }

  it('signs a linked Teams user in by SSO alone and opens the board (no password form)', async () => {
    const host = await inTeams(linked, { hash: `#/board/${encodeURIComponent(sprint.id)}` });
    const tab = host.tab();
    await expect.poll(() => tab.getByTestId('column').count(), { timeout: 15_000 }).toBe(5);
    expect(await tab.getByTestId('signin-form').count()).toBe(0);
    expect(host.calls).toContain('authentication.getAuthToken');
    await screenshot(host.page, 'teams-sso');
  });

  it('takes an unlinked Teams user through the TeamFlame sign-in, which links them: next time SSO alone', async () => {
    const newcomer = teamsUser('John Smith');
    const first = await inTeams(newcomer);
    const tab = first.tab();
    await tab.getByTestId('signin-teams').waitFor();
    await tab.locator('input[name="email"]').fill('john.smith@teamflame.local');
    await tab.locator('input[name="password"]').fill('demo');
    await tab.getByTestId('signin-submit').click();
    await tab.getByTestId('gallery').waitFor();
    const rows = (await app.db.database.dataSource.query(
      'SELECT teamflame_email, tenant_id FROM users WHERE aad_object_id = $1',
      [newcomer.aadObjectId],
    )) as { teamflame_email: string; tenant_id: string }[];
    expect(rows).toEqual([{ teamflame_email: 'john.smith@teamflame.local', tenant_id: TENANT_ID }]);
    // No browser session was opened: the tab goes on with SSO.
    expect(
      await app.db.database.dataSource.query(
        'SELECT count(*)::int AS n FROM tab_sessions s JOIN users u ON u.id = s.user_id WHERE u.aad_object_id = $1',
        [newcomer.aadObjectId],
      ),
    ).toEqual([{ n: 0 }]);

    // A fresh browser (nothing stored): SSO alone.
    const again = await inTeams(newcomer);
    await again.tab().getByTestId('gallery').waitFor();
    expect(await again.tab().getByTestId('signin-form').count()).toBe(0);
  });

  it('opens the board with storage denied to the tab (memory instead), by SSO', async () => {
    const host = await inTeams(linked, {
      denyStorage: true,
      hash: `#/board/${encodeURIComponent(sprint.id)}`,
    });
    const tab = host.tab();
    await expect.poll(() => tab.getByTestId('column').count(), { timeout: 15_000 }).toBe(5);
    expect(
      await tab.locator('body').evaluate(() => {
        try {
          return typeof window.sessionStorage;
        } catch (error) {
          return (error as Error).name;
        }
      }),
    ).toBe('SecurityError');
    // Within the page load, the board opened is still remembered: the start route opens it again.
    await tab.getByTestId('board-name').waitFor();
    await tab.locator('body').evaluate(() => {
      window.location.hash = '#/board';
    });
    await expect.poll(() => tab.getByTestId('board-name').innerText(), { timeout: 10_000 }).toBe('Спринт 14');
  });

  it('asks consent through the auth-start / auth-end pop-up when Teams gives no token, then signs in by SSO', async () => {
    const host = await inTeams(linked, {
      hash: `#/board/${encodeURIComponent(sprint.id)}`,
      ssoToken: async ({ consented }) =>
        consented ? sso.token(linked) : { refused: 'resourceRequiresConsent' },
    });
    const tab = host.tab();
    await tab.getByTestId('consent').waitFor();
    await screenshot(host.page, 'teams-consent');
    await tab.getByTestId('consent-allow').click();
    await expect.poll(() => tab.getByTestId('column').count(), { timeout: 15_000 }).toBe(5);
    expect(host.consent.opened).toEqual([`${TAB_ORIGIN}/auth-start.html`]);
    expect(host.consent.results).toEqual(['success: consented']);
    const asked = authorize.requests.at(-1)!;
    expect(Object.fromEntries(asked)).toMatchObject({
      client_id: SSO_CLIENT_ID,
      response_type: 'id_token',
      redirect_uri: `${TAB_ORIGIN}/auth-end.html`,
      login_hint: 'Demo.User@contoso.example',
    });
    expect(asked.get('scope')).toContain(`/${SSO_CLIENT_ID}/access_as_user`);
  });

  it('says what to do when consent is refused, and the password sign-in is still there', async () => {
    const host = await inTeams(linked, {
      ssoToken: async () => ({ refused: 'resourceRequiresConsent' }),
    });
    const tab = host.tab();
    authorize.refuseNext();
    await tab.getByTestId('consent-allow').click();
    await expect
      .poll(() => tab.getByTestId('consent-error').innerText(), { timeout: 15_000 })
      .toContain('Press Allow again');
    expect(await tab.getByTestId('signin-form').count()).toBe(1);
    expect(host.consent.results).toEqual(['failure: The user declined.']);
  });

  it('configures a channel tab: the saved content URL opens the chosen board, named after it', async () => {
    const host = await inTeams(linked, { frameContext: 'settings', channelId: generalId, hash: '#/config' });
    const tab = host.tab();
    await tab.getByTestId('config-board').click();
    await tab.getByRole('option', { name: /Спринт 14/ }).click();
    await host.pressSave();
    await expect.poll(() => host.saved.succeeded, { timeout: 10_000 }).toBe(true);
    expect(host.saved.config).toEqual({
      entityId: sprint.id,
      contentUrl: `${TAB_ORIGIN}/?inTeams=true#/board/${encodeURIComponent(sprint.id)}`,
      websiteUrl: `${TAB_ORIGIN}/#/board/${encodeURIComponent(sprint.id)}`,
      suggestedDisplayName: 'Спринт 14',
    });
    await host.openSavedTab();
    await expect.poll(() => tab.getByTestId('column').count(), { timeout: 15_000 }).toBe(5);
    expect(await tab.getByTestId('board-name').innerText()).toBe('Спринт 14');
  });

  it('follows the board in a channel where the bot is installed, and says why not where it is not', async () => {
    const host = await inTeams(linked, {
      channelId: generalId,
      hash: `#/board/${encodeURIComponent(sprint.id)}`,
    });
    const follow = host.tab().getByTestId('follow-here');
    await expect.poll(() => follow.isEnabled(), { timeout: 15_000 }).toBe(true);
    await follow.click();
    await expect
      .poll(
        () =>
          app.db.database.dataSource.query(
            'SELECT conversation_id, board_id FROM subscriptions WHERE board_id = $1',
            [sprint.id],
          ),
        { timeout: 15_000 },
      )
      .toEqual([{ conversation_id: general.id, board_id: sprint.id }]);

    const elsewhere = await inTeams(linked, {
      channelId: channel('Random').id.split(';')[0]!,
      hash: `#/board/${encodeURIComponent(sprint.id)}`,
    });
    const tab = elsewhere.tab();
    await expect
      .poll(() => tab.getByTestId('follow-unavailable').innerText(), { timeout: 15_000 })
      .toContain('The TeamFlame app is not added to this conversation.');
    expect(await tab.getByTestId('follow-here').isDisabled()).toBe(true);
  });

  it('turns dark when Teams says so, and speaks Russian in a ru-RU Teams', async () => {
    const host = await inTeams(linked, { locale: 'ru-RU', hash: `#/board/${encodeURIComponent(sprint.id)}` });
    const tab = host.tab();
    await tab.getByTestId('board-name').waitFor();
    expect(await tab.locator('[data-theme]').getAttribute('data-theme')).toBe('default');
    expect(await tab.locator('html').getAttribute('lang')).toBe('ru-RU');
    await tab.getByRole('button', { name: 'Все доски' }).waitFor();
    await expect.poll(() => host.registered.has('themeChange'), { timeout: 10_000 }).toBe(true);
    await host.changeTheme('dark');
    await expect
      .poll(() => tab.locator('[data-theme]').getAttribute('data-theme'), { timeout: 10_000 })
      .toBe('dark');
    const background = await tab
      .locator('[data-theme]')
      .evaluate((el) => getComputedStyle(el).backgroundColor.match(/\d+/g)!.map(Number));
    expect(Math.max(...background.slice(0, 3))).toBeLessThan(80);
    await screenshot(host.page, 'teams-dark-ru');
  });

  it('opens the task drawer at a deep link sub-entity, as the bot builds it', async () => {
    const task = sprint.columns[1]!.tasks[0]!;
    const host = await inTeams(linked, { subEntityId: `board:${sprint.id}/task:${task.id}` });
    const drawer = host.tab().getByTestId('drawer');
    await drawer.waitFor({ timeout: 15_000 });
    expect(await drawer.getByTestId('task-title').innerText()).toBe(task.name);
    expect(await host.tab().getByTestId('board-name').innerText()).toBe('Спринт 14');
  });
});
