// What the tab needs from its host, Teams or a plain browser. The tab waits for Teams only when the URL
// says it runs in Teams (`inTeams=true`, as the manifest's tab URLs do), and then only briefly: teams-js
// itself would wait 60 s for a host that never answers.
export type ThemeName = 'default' | 'dark' | 'contrast';

/** The part of teams-js the tab uses, so the guard can be tested with a fake. */
export interface TeamsSdk {
  initialize(): Promise<void>;
  getContext(): Promise<{
    app: { theme?: string; locale?: string };
    channel?: { id?: string };
    chat?: { id?: string };
  }>;
  onThemeChange(handler: (theme: string) => void): void;
  getAuthToken(): Promise<string>;
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
}

export interface HostEnvironment {
  /** `location.search`: `inTeams=true`, and `theme=` / `locale=` to force them (screenshots, tests). */
  search: string;
  browserLocale: string;
  prefersDark: boolean;
}

const TEAMS_INIT_TIMEOUT_MS = 1000;

/**
 * The work's answer, or undefined when it has not answered within `ms` (or failed). Never rejects.
 * @internal Exported only for tests (so `knip --production` does not report it).
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
  return {
    inTeams: true,
    theme: themeOf(forcedTheme ?? context.app.theme),
    locale: forcedLocale ?? (context.app.locale || env.browserLocale),
    conversationId: context.channel?.id ?? context.chat?.id,
    onThemeChange: (listener) => {
      if (!forcedTheme) sdk.onThemeChange((theme) => listener(themeOf(theme)));
    },
    ssoToken: () => sdk.getAuthToken().catch(() => undefined),
  };
}
