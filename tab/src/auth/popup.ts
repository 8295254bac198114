// What the consent pop-up's two pages share: teams-js started within a few seconds (the pop-up's opener is
// Teams; opened any other way the page says so instead of waiting), and a status line in the person's
// language.
import { app } from '@microsoft/teams-js';
import { en } from '../locales/en.js';
import { ru } from '../locales/ru.js';
import { withTimeout } from '../teams/host.js';

type ConsentText = keyof typeof en.consent;

let strings = navigator.language.toLowerCase().startsWith('ru') ? ru.consent : en.consent;

export function say(key: ConsentText, detail = ''): void {
  const status = document.getElementById('status');
  if (status) status.textContent = `${strings[key]}${detail ? ` ${detail}` : ''}`;
}

/** The Teams context of the pop-up, or undefined (the page then already says what to do). */
export async function startInTeams(): Promise<app.Context | undefined> {
  say('working');
  const context = await withTimeout(
    app.initialize().then(() => app.getContext()),
    5000,
  );
  if (!context) {
    say('notInTeams');
    return undefined;
  }
  if (context.app.locale)
    strings = context.app.locale.toLowerCase().startsWith('ru') ? ru.consent : en.consent;
  say('working');
  return context;
}

/** The `state` auth-start sent to Entra ID, for auth-end to compare (this pop-up's own sessionStorage). */
export const STATE_KEY = 'teamflame.consentState';
