// A Teams host for browser tests: a page at https://teams.microsoft.com (served by the test through
// Playwright's routing, so teams-js accepts its origin as it would the real one) that embeds the built tab in
// an iframe and answers the host side of the teams-js postMessage protocol, as @microsoft/teams-js 2.58
// speaks it (read from its dist: internal/communication.js, appHelpers.js, pagesHelpers.js,
// public/authentication.js, public/pages/config.js):
//
// - the app sends `{ id, uuidAsString, func, args, apiVersionTag, … }` to its parent (the consent pop-up:
//   to its opener); the host answers `{ id, uuidAsString, args }` to the same window;
// - the host sends events as `{ func, args }`: `themeChange` [theme], `settings.save` [settings];
// - `initialize` is answered [frameContext, hostClientType, runtime config (JSON), supported SDK version].
//
// Every call the host does not know is recorded in `unknownCalls`; the tests require it empty, so a tab that
// starts using more of Teams fails here until the harness answers that too.
import type { BrowserContext, Page } from 'playwright-core';

const HOST_ORIGIN = 'https://teams.microsoft.com';
const HOST_URL = `${HOST_ORIGIN}/_teamflame-test-host`;
/**
 * Where the host finds the tab: an https origin the test relays to the app on loopback. Chromium refuses a
 * public https page framing http://127.0.0.1 (local network access checks), and Teams needs https anyway.
 */
export const TAB_ORIGIN = 'https://tab.teamflame.test';

/** The host window's side: relays every message to the test and posts back what the test answers. */
const HOST_PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><title>Teams (test host)</title>
<style>html,body{margin:0;height:100%}iframe{border:0;width:100%;height:100%}</style></head>
<body><iframe id="tab" title="TeamFlame tab"></iframe>
<script>
  let popup = null;
  const idOf = (w) => {
    if (w === document.getElementById('tab').contentWindow) return 'tab';
    if (w === popup) return 'popup';
    return 'other';
  };
  window.windowFor = (kind) => (kind === 'tab' ? document.getElementById('tab').contentWindow : popup);
  window.openPopup = (url, width, height) => {
    popup = window.open(url, 'teamflame-auth', 'popup,width=' + width + ',height=' + height);
    return Boolean(popup);
  };
  window.post = (kind, message) => {
    const target = window.windowFor(kind);
    if (target) target.postMessage(message, '*');
  };
  window.addEventListener('message', async (event) => {
    const data = event.data;
    if (!data || typeof data !== 'object' || typeof data.func !== 'string') return;
    const from = idOf(event.source);
    const answer = await window.teamsHostCall(from, event.origin, data);
    if (answer) event.source.postMessage({ id: data.id, uuidAsString: data.uuidAsString, args: answer }, '*');
  });
</script></body></html>`;

export interface TeamsHostOptions {
  /** The app on loopback: TAB_ORIGIN is relayed to it. */
  appUrl: string;
  /** The tab's URL under TAB_ORIGIN (`/?inTeams=true#/…` as the manifest gives it). */
  tabUrl: string;
  frameContext?: 'content' | 'settings';
  locale?: string;
  theme?: 'default' | 'dark' | 'contrast';
  tenantId: string;
  user: { aadObjectId: string; loginHint: string };
  /** A channel or chat tab; neither for the personal tab. */
  channelId?: string;
  chatId?: string;
  entityId?: string;
  subEntityId?: string;
  /**
   * What `authentication.getAuthToken` answers: a token, or a refusal (the reason Teams gives).
   * `consented`: the consent pop-up has reported success.
   */
  ssoToken: (state: { consented: boolean }) => Promise<string | { refused: string }>;
}

type Message = { id: number; uuidAsString?: string; func: string; args?: unknown[] };
type Answer = unknown[] | undefined;

export interface TeamsHost {
  page: Page;
  /** The tab inside the host. */
  tab: () => ReturnType<Page['frameLocator']>;
  /** Calls the host does not know, as "func from window"; must stay empty. */
  unknownCalls: string[];
  /** Every call the host answered or noted, as "func" (in order). */
  calls: string[];
  /** What the configuration page saved with pages.config.setConfig, and whether its save finished. */
  saved: { config?: TabConfig; succeeded: boolean; failure?: string };
  /** Whether the tab registered for this event (`themeChange`, `save`). */
  registered: Set<string>;
  /** Teams changes its theme. */
  changeTheme(theme: 'default' | 'dark' | 'contrast'): Promise<void>;
  /**
   * The person presses Save on the configuration page. Like Teams, the host enables Save only once the page
   * has declared itself valid (pages.config.setValidityState(true)); before that, teams-js would answer a
   * save with no handler as an empty success.
   */
  pressSave(): Promise<void>;
  /** Teams loads the configured tab: the saved content URL, as a channel tab with the saved entity id. */
  openSavedTab(): Promise<void>;
  /** Where the consent pop-up was sent, and how it ended. */
  consent: { opened: string[]; results: string[] };
}

interface TabConfig {
  entityId?: string;
  contentUrl?: string;
  websiteUrl?: string;
  suggestedDisplayName?: string;
}

/** The runtime a Teams web client reports (apiVersion 4): the capabilities the tab may use. */
const RUNTIME = JSON.stringify({
  apiVersion: 4,
  isLegacyTeams: false,
  hostVersionsInfo: { adaptiveCardSchemaVersion: { majorVersion: 1, minorVersion: 5 } },
  supports: { app: {}, appEntity: {}, pages: { config: {}, backStack: {}, tabs: {} }, teamsCore: {} },
});

/** Opens the tab inside the test host in a fresh browser context (its own storage). */
export async function openInTeamsHost(
  context: BrowserContext,
  options: TeamsHostOptions,
): Promise<TeamsHost> {
  let frameContext = options.frameContext ?? 'content';
  let entityId = options.entityId ?? (options.channelId || options.chatId ? undefined : 'board');
  let subEntityId = options.subEntityId;
  let consented = false;
  const unknownCalls: string[] = [];
  const calls: string[] = [];
  const registered = new Set<string>();
  const saved: TeamsHost['saved'] = { succeeded: false };
  let saveEnabled = false;
  const consent: TeamsHost['consent'] = { opened: [], results: [] };
  let pendingAuthenticate: Message | undefined;

  await context.route(`${HOST_ORIGIN}/**`, (route) =>
    route.request().url() === HOST_URL
      ? route.fulfill({ contentType: 'text/html', body: HOST_PAGE })
      : route.abort(),
  );
  await context.route(`${TAB_ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url());
    try {
      const response = await route.fetch({ url: `${options.appUrl}${url.pathname}${url.search}` });
      await route.fulfill({ response });
    } catch {
      // The context closed mid-request (the test is over), or the app is gone: the tab sees it offline.
      await route.abort().catch(() => undefined);
    }
  });
  const page = await context.newPage();

  const legacyContext = (from: string) => ({
    locale: options.locale ?? 'en-US',
    theme: options.theme ?? 'default',
    frameContext: from === 'popup' ? 'authentication' : frameContext,
    hostClientType: 'web',
    hostName: 'Teams',
    tid: options.tenantId,
    userObjectId: options.user.aadObjectId,
    loginHint: options.user.loginHint,
    userPrincipalName: options.user.loginHint,
    entityId,
    subEntityId,
    channelId: options.channelId,
    chatId: options.chatId,
    teamId: options.channelId ? '19:team@thread.tacv2' : undefined,
  });

  const reply = (to: 'tab' | 'popup', request: Message, args: unknown[]) =>
    page.evaluate(
      ([kind, message]) =>
        (window as unknown as { post: (k: string, m: unknown) => void }).post(kind, message),
      [to, { id: request.id, uuidAsString: request.uuidAsString, args }] as const,
    );
  const send = (func: string, args: unknown[]) =>
    page.evaluate(
      ([message]) => (window as unknown as { post: (k: string, m: unknown) => void }).post('tab', message),
      [{ func, args }] as const,
    );

  async function handle(from: string, origin: string, message: Message): Promise<Answer> {
    const args = message.args ?? [];
    calls.push(message.func);
    switch (message.func) {
      case 'initialize':
        return [from === 'popup' ? 'authentication' : frameContext, 'web', RUNTIME, '2.58.0'];
      case 'getContext':
        return [legacyContext(from)];
      case 'registerHandler':
        registered.add(String(args[0]));
        return undefined;
      case 'authentication.getAuthToken': {
        const answer = await options.ssoToken({ consented });
        return typeof answer === 'string' ? [true, answer] : [false, answer.refused];
      }
      case 'authentication.authenticate': {
        const [url, width, height] = args as [string, number, number];
        consent.opened.push(url);
        pendingAuthenticate = message;
        const opened = await page.evaluate(
          ([u, w, h]) =>
            (window as unknown as { openPopup: (u: string, w: number, h: number) => boolean }).openPopup(
              u,
              w,
              h,
            ),
          [url, width ?? 600, height ?? 535] as const,
        );
        return opened ? undefined : [false, 'FailedToOpenWindow'];
      }
      case 'authentication.authenticate.success':
      case 'authentication.authenticate.failure': {
        const success = message.func.endsWith('.success');
        consent.results.push(`${success ? 'success' : 'failure'}: ${String(args[0])}`);
        if (success) consented = true;
        if (pendingAuthenticate) await reply('tab', pendingAuthenticate, [success, args[0]]);
        pendingAuthenticate = undefined;
        return undefined;
      }
      case 'settings.setValidityState':
        saveEnabled = args[0] === true;
        return undefined;
      case 'settings.setSettings':
        saved.config = args[0] as TabConfig;
        return [true];
      case 'settings.getSettings':
        return [saved.config ?? {}];
      case 'settings.save.success':
        saved.succeeded = true;
        return undefined;
      case 'settings.save.failure':
        saved.failure = String(args[0]);
        return undefined;
      default:
        unknownCalls.push(`${message.func} from ${from} (${origin})`);
        console.warn(`test Teams host: unknown call ${message.func} from ${from}`, args);
        return undefined;
    }
  }
  await page.exposeFunction('teamsHostCall', handle);
  await page.goto(HOST_URL);
  const load = (url: string) =>
    page.evaluate((src) => {
      (document.getElementById('tab') as HTMLIFrameElement).src = src;
    }, url);
  await load(options.tabUrl);

  return {
    page,
    tab: () => page.frameLocator('#tab'),
    unknownCalls,
    calls,
    saved,
    registered,
    consent,
    changeTheme: (theme) => send('themeChange', [theme]),
    async pressSave() {
      const deadline = Date.now() + 15_000;
      while (!saveEnabled) {
        if (Date.now() > deadline)
          throw new Error('Save stayed disabled: the page never declared itself valid');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await send('settings.save', [{ webhookUrl: '' }]);
    },
    async openSavedTab() {
      if (!saved.succeeded || !saved.config?.contentUrl) throw new Error('nothing was saved');
      frameContext = 'content';
      entityId = saved.config.entityId;
      subEntityId = undefined;
      await load(saved.config.contentUrl);
    },
  };
}
