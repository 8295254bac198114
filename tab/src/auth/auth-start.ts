// Teams SSO's consent pop-up, first page: Teams opened it (authentication.authenticate) because it could
// not give the tab a token without the person's consent. It sends them to Entra ID's authorize endpoint for
// the tab's scope; Entra ID asks for consent and returns to auth-end.html.
import { routes, ssoSettingsSchema } from '@teamflame/contract';
import { authentication } from '@microsoft/teams-js';
import { sessionStore } from '../storage.js';
import { STATE_KEY, say, startInTeams } from './popup.js';

async function start(): Promise<void> {
  const context = await startInTeams();
  if (!context) return;
  let settings;
  try {
    settings = ssoSettingsSchema.parse(await (await fetch(routes.ssoSettings.path)).json());
  } catch {
    authentication.notifyFailure('The app cannot be reached.');
    return;
  }
  if (!settings.enabled) {
    authentication.notifyFailure('sso-not-configured');
    return;
  }
  const state = crypto.randomUUID();
  sessionStore.setItem(STATE_KEY, state);
  const authorize = new URL(settings.authorizeUrl);
  const ask = {
    client_id: settings.clientId,
    response_type: 'id_token',
    response_mode: 'fragment',
    scope: settings.scope,
    redirect_uri: new URL('auth-end.html', window.location.href).href,
    nonce: crypto.randomUUID(),
    state,
    ...(context.user?.loginHint ? { login_hint: context.user.loginHint } : {}),
  };
  for (const [name, value] of Object.entries(ask)) authorize.searchParams.set(name, value);
  say('working');
  window.location.assign(authorize.href);
}

void start();
