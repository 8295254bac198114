// The only place that talks to Teams. Outside Teams (no `inTeams=true`, or no answer within a second —
// teams-js itself would wait 60 s) the tab runs as a plain web page.
import { app, authentication } from '@microsoft/teams-js';

export type ThemeName = 'default' | 'dark' | 'contrast';

export interface Host {
  inTeams: boolean;
  theme: ThemeName;
  locale: string;
  /** The channel or chat the tab is in, when Teams says so. */
  conversationId?: string;
  onThemeChange(listener: (theme: ThemeName) => void): void;
  /** A Teams SSO token for our API, or undefined outside Teams. */
  ssoToken(): Promise<string | undefined>;
}

const INIT_TIMEOUT_MS = 1000;

export function withTimeout<T>(work: Promise<T>, ms: number): Promise<T | undefined> {
  return Promise.race([work, new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), ms))]);
}

function themeOf(value: string | undefined): ThemeName {
  return value === 'dark' || value === 'contrast' ? value : 'default';
}

export async function connectToHost(location: Location = window.location): Promise<Host> {
  const params = new URLSearchParams(location.search);
  const forcedTheme = params.get('theme') ?? undefined;
  const browser: Host = {
    inTeams: false,
    theme: themeOf(
      forcedTheme ?? (window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'default'),
    ),
    locale: navigator.language,
    onThemeChange: () => undefined,
    ssoToken: async () => undefined,
  };
  if (params.get('inTeams') !== 'true') return browser;
  try {
    const initialized = await withTimeout(
      app.initialize().then(() => true),
      INIT_TIMEOUT_MS,
    );
    if (!initialized) return browser;
    const context = await app.getContext();
    return {
      inTeams: true,
      theme: themeOf(forcedTheme ?? context.app.theme),
      locale: context.app.locale || navigator.language,
      conversationId: context.channel?.id ?? context.chat?.id,
      onThemeChange: (listener) => app.registerOnThemeChangeHandler((theme) => listener(themeOf(theme))),
      ssoToken: () => authentication.getAuthToken().catch(() => undefined),
    };
  } catch {
    return browser;
  }
}
