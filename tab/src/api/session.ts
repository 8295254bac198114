// The browser sign-in's session token: per browser tab (sessionStorage), gone when the tab closes.
const KEY = 'teamflame.session';

export const session = {
  get: (): string | undefined => sessionStorage.getItem(KEY) ?? undefined,
  set: (token: string): void => sessionStorage.setItem(KEY, token),
  clear: (): void => sessionStorage.removeItem(KEY),
};
