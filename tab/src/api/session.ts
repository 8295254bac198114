// The browser sign-in's session token: per browser tab (sessionStorage), gone when the tab closes; in
// memory where the browser denies the tab storage.
import { sessionStore } from '../storage.js';

const KEY = 'teamflame.session';

export const session = {
  get: (): string | undefined => sessionStore.getItem(KEY) ?? undefined,
  set: (token: string): void => sessionStore.setItem(KEY, token),
  clear: (): void => sessionStore.removeItem(KEY),
};
