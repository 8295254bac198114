// Teams SSO's consent pop-up, last page: Entra ID returns here (the redirect URI in aad.manifest.json) with
// an id token or an error in the fragment. Consent given, the tab asks Teams for a token again; nothing from
// the fragment is kept or passed on but the outcome.
import { authentication } from '@microsoft/teams-js';
import { sessionStore } from '../storage.js';
import { STATE_KEY, startInTeams } from './popup.js';

async function end(): Promise<void> {
  if (!(await startInTeams())) return;
  const answer = new URLSearchParams(window.location.hash.slice(1));
  const expected = sessionStore.getItem(STATE_KEY);
  sessionStore.removeItem(STATE_KEY);
  // Cleared from the address bar at once: the fragment may hold an id token.
  window.history.replaceState(null, '', window.location.pathname);
  const error = answer.get('error');
  if (error) authentication.notifyFailure(answer.get('error_description') ?? error);
  else if (!expected || answer.get('state') !== expected)
    authentication.notifyFailure('The sign-in answer did not match the request.');
  else if (!answer.get('id_token')) authentication.notifyFailure('Entra ID sent no answer.');
  else authentication.notifySuccess('consented');
}

void end();
