import {
  FluentProvider,
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  type Theme,
} from '@fluentui/react-components';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { setSsoTokenSource } from './api/client.js';
import { App } from './App.js';
import { initI18n } from './i18n.js';
import { connectToHost, type Host, type ThemeName } from './teams/teams-host.js';

const THEMES: Record<ThemeName, Theme> = {
  default: teamsLightTheme,
  dark: teamsDarkTheme,
  contrast: teamsHighContrastTheme,
};
const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 1 } } });

function Root({ host }: { host: Host }) {
  const [theme, setTheme] = useState<ThemeName>(host.theme);
  useEffect(() => host.onThemeChange(setTheme), [host]);
  return (
    <FluentProvider theme={THEMES[theme]} style={{ minHeight: '100vh' }} data-theme={theme}>
      <QueryClientProvider client={queryClient}>
        <App inTeams={host.inTeams} conversationId={host.conversationId} />
      </QueryClientProvider>
    </FluentProvider>
  );
}

const host = await connectToHost();
if (host.inTeams) setSsoTokenSource(host.ssoToken);
initI18n(host.locale);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Root host={host} />
  </StrictMode>,
);
