// What the tab needs from its host, Teams or a plain browser. The tab waits for Teams only when the URL
// says it runs in Teams (`inTeams=true`, as the manifest's tab URLs do), and then not for ever: teams-js
// itself would wait 60 s for a host that never answers. Outside any frame teams-js fails at once; only a
// page that frames the tab without being Teams makes it wait, so the limit is generous enough for a slow
// Teams client on a busy machine (index.html says "loading" meanwhile).
export type ThemeName = 'default' | 'dark' | 'contrast';

/** The part of teams-js the tab uses, so the guard can be tested with a fake. */
export interface TeamsSdk {
  initialize(): Promise<void>;
  getContext(): Promise<{
    app: { theme?: string; locale?: string };
    page?: { id?: string; subPageId?: string };
    channel?: { id?: string };
    chat?: { id?: string };
  }>;
  onThemeChange(handler: (theme: string) => void): void;
  getAuthToken(): Promise<string>;
  /** Teams opens `url` in a pop-up and answers what its page reported (authentication.authenticate). */
  authenticate(url: string): Promise<string>;
}

export interface Host {
  inTeams: boolean;
  theme: ThemeName;
  locale: string;
  /** The channel or chat the tab is in, when Teams says so. */
  conversationId?: string;
  /** Calls the listener on every Teams theme change (never outside Teams or with a forced theme). */
  onThemeChange(listener: (theme: ThemeName) => void): void;
  /** A Teams SSO token for our API; undefined outside Teams or when Teams refuses one. */
  ssoToken(): Promise<string | undefined>;
  /** Why Teams last refused an SSO token (e.g. consent is missing); undefined while it gives them. */
  ssoRefusal(): string | undefined;
  /**
   * Teams SSO's consent pop-up: Teams opens `url` (the tab's auth-start page) and the promise settles with
   * what auth-end reported. Rejects outside Teams.
   */
  askConsent(url: string): Promise<void>;
  /** The sub-entity a Teams deep link opened the tab at (`board:<id>/task:<id>`). */
  subPageId?: string;
}

export interface HostEnvironment {
  /** `location.search`: `inTeams=true`, and `theme=` / `locale=` to force them (screenshots, tests). */
  search: string;
  browserLocale: string;
  prefersDark: boolean;
}

const TEAMS_INIT_TIMEOUT_MS = 8000;

/**
 * The work's answer, or undefined when it has not answered within `ms` (or failed). Never rejects.
 * The consent pop-up's pages use it too.
 */
export function withTimeout<T>(work: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  return Promise.race([work.catch(() => undefined), timeout]).finally(() => clearTimeout(timer));
}

function themeOf(value: string | undefined): ThemeName {
  return value === 'dark' || value === 'contrast' ? value : 'default';
}

export async function connectToHost(
  env: HostEnvironment,
  loadSdk: () => Promise<TeamsSdk>,
  timeoutMs = TEAMS_INIT_TIMEOUT_MS,
): Promise<Host> {
  const params = new URLSearchParams(env.search);
  const forcedTheme = params.get('theme') ?? undefined;
  const forcedLocale = params.get('locale') ?? undefined;
  const browser: Host = {
    inTeams: false,
    theme: themeOf(forcedTheme ?? (env.prefersDark ? 'dark' : 'default')),
    locale: forcedLocale ?? env.browserLocale,
    onThemeChange: () => undefined,
    ssoToken: async () => undefined,
    ssoRefusal: () => undefined,
    askConsent: () => Promise.reject(new Error('not in Teams')),
  };
  if (params.get('inTeams') !== 'true') return browser;

  const connected = await withTimeout(
    (async () => {
      const sdk = await loadSdk();
      await sdk.initialize();
      return { sdk, context: await sdk.getContext() };
    })(),
    timeoutMs,
  );
  if (!connected) return browser;
  const { sdk, context } = connected;
  let refusal: string | undefined;
  return {
    inTeams: true,
    theme: themeOf(forcedTheme ?? context.app.theme),
    locale: forcedLocale ?? (context.app.locale || env.browserLocale),
    conversationId: context.channel?.id ?? context.chat?.id,
    subPageId: context.page?.subPageId || undefined,
    onThemeChange: (listener) => {
      if (!forcedTheme) sdk.onThemeChange((theme) => listener(themeOf(theme)));
    },
    ssoToken: () =>
      sdk.getAuthToken().then(
        (token) => {
          refusal = undefined;
          return token;
        },
        (error: unknown) => {
          refusal = error instanceof Error ? error.message : String(error);
          return undefined;
        },
      ),
    ssoRefusal: () => refusal,
    askConsent: async (url) => void (await sdk.authenticate(url)),
  };
}
