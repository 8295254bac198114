// The only module that imports teams-js. Loaded on demand, so a plain web page never pays for it.
import { app, authentication, pages } from '@microsoft/teams-js';
import { contentUrlFor, websiteUrlFor } from './config-urls.js';
import { withTimeout, type TeamsSdk } from './host.js';

export const teamsSdk: TeamsSdk = {
  initialize: () => app.initialize(),
  getContext: () => app.getContext(),
  onThemeChange: (handler) => app.registerOnThemeChangeHandler(handler),
  getAuthToken: () => authentication.getAuthToken(),
  // Microsoft's guidance for the consent pop-up: about 600 x 535.
  authenticate: (url) => authentication.authenticate({ url, width: 600, height: 535 }),
};

export interface TabConfig {
  boardId: string;
  boardName: string;
}

/** Lets Teams save the configurable tab with this board (the config page's Save button). */
export function offerTabConfig(config: TabConfig, pageUrl: string): void {
  pages.config.registerOnSaveHandler((save) => {
    pages.config
      .setConfig({
        entityId: config.boardId,
        contentUrl: contentUrlFor(config.boardId, pageUrl),
        websiteUrl: websiteUrlFor(config.boardId, pageUrl),
        suggestedDisplayName: config.boardName,
      })
      .then(
        () => save.notifySuccess(),
        (error: unknown) => save.notifyFailure(error instanceof Error ? error.message : String(error)),
      );
  });
  pages.config.setValidityState(true);
}

/**
 * The message extension's sign-in pop-up reports success: Teams closes it and sends again what the person
 * asked for. False when the page was not opened by Teams (teams-js then fails at once, or never answers).
 */
export async function reportSignInToTeams(): Promise<boolean> {
  if (
    !(await withTimeout(
      app.initialize().then(() => true),
      5000,
    ))
  )
    return false;
  authentication.notifySuccess();
  return true;
}
