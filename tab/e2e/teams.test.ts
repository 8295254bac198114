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
  const server: Server = createServer((req, res) => {
    const query = new URL(req.url ?? '/', 'http://localhost').searchParams;
    requests.push(query);
    const back = new URLSearchParams({
      id_token: 'header.payload.signature',
      state: query.get('state') ?? '',
    });
    res.writeHead(302, { location: `${query.get('redirect_uri')}#${back}` });
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/authorize`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describe.runIf(browserAvailable())('the tab inside Teams', () => {
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
    await app.press(linked, personalChat(linked), 'signIn', { email: 'demo@teamflame.local', password: 'demo' });
    await app.install(linked, general);
    app.connector.setMembers(generalId, [{ ...linked }]);
    sprint = await boardNamed(app, await signIn(app), 'Спринт 14');
  }, 60_000);
  afterEach(() => {
    // Every call the tab made was one the host knows.
    for (const host of hosts.splice(0)) expect(host.unknownCalls).toEqual([]);
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
});
