// Start: find the host (Teams or a plain browser, never waiting long for Teams), then render.
import {
  FluentProvider,
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  type Theme,
} from '@fluentui/react-components';
import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiProvider } from './api/api-context.js';
import { createClient, isUnauthorized } from './api/client.js';
import { keys } from './api/query-keys.js';
import { session } from './api/session.js';
import { App } from './App.js';
import { initI18n } from './i18n.js';
import { hashForSubEntity } from './routing.js';
import { connectToHost, type Host, type ThemeName } from './teams/host.js';
import { ToastProvider } from './ui/toasts.js';

const THEMES: Record<ThemeName, Theme> = {
  default: teamsLightTheme,
  dark: teamsDarkTheme,
  contrast: teamsHighContrastTheme,
};

function Root({ host }: { host: Host }) {
  const [theme, setTheme] = useState<ThemeName>(host.theme);
  useEffect(() => host.onThemeChange(setTheme), [host]);
  const [queryClient] = useState(
    () =>
      new QueryClient({
        defaultOptions: { queries: { retry: (count, error) => !isUnauthorized(error) && count < 1 } },
        // Any 401 (an expired session) sends the user to sign in: `me` is asked again and answers 401 too.
        queryCache: new QueryCache({
          onError: (error, query) => {
            if (isUnauthorized(error) && query.queryKey[0] !== keys.me[0])
              void queryClient.invalidateQueries({ queryKey: keys.me });
          },
        }),
      }),
  );
  const [client] = useState(() =>
    createClient({
      fetch: (input, init) => fetch(input, init),
      // The session token exists only after a browser sign-in, which happens when SSO was not enough.
      token: async () => session.get() ?? (await host.ssoToken()),
    }),
  );
  return (
    // The provider paints the theme's background over the whole window; pages that grow taller scroll in it.
    <FluentProvider theme={THEMES[theme]} style={{ height: '100%', overflow: 'auto' }} data-theme={theme}>
      <ApiProvider client={client}>
        <QueryClientProvider client={queryClient}>
          <ToastProvider>
            <App host={host} />
          </ToastProvider>
        </QueryClientProvider>
      </ApiProvider>
    </FluentProvider>
  );
}

const host = await connectToHost(
  {
    search: window.location.search,
    browserLocale: navigator.language,
    prefersDark: window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false,
  },
  () => import('./teams/teams-sdk.js').then((m) => m.teamsSdk),
);
// A Teams deep link names the board and task in its sub-entity id; the URL Teams loads does not.
const deepLink = hashForSubEntity(host.subPageId);
if (deepLink) window.history.replaceState(null, '', deepLink);
initI18n(host.locale);
document.documentElement.lang = host.locale;
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Root host={host} />
  </StrictMode>,
);
