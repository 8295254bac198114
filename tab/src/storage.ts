// Web storage that never throws. Some Teams clients and browsers deny storage to a third-party iframe: then
// merely reading `window.sessionStorage` throws a SecurityError, and so may every call. The tab then keeps
// what it would have stored in memory for this page load, and works on (SSO needs no storage).
type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function memoryStore(): Store {
  const values = new Map<string, string>();
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, String(value)),
    removeItem: (key) => void values.delete(key),
  };
}

/**
 * The storage `open` returns when it works (a write and a removal are tried once), else memory.
 * @internal Exported for tests.
 */
export function usableStorage(open: () => Storage): Store {
  try {
    const storage = open();
    const probe = 'teamflame.probe';
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    // It worked once; a later failure (quota, revoked) still must not throw into the app.
    return {
      getItem: (key) => {
        try {
          return storage.getItem(key);
        } catch {
          return null;
        }
      },
      setItem: (key, value) => {
        try {
          storage.setItem(key, value);
        } catch {
          // not kept: only a preference or an order is lost
        }
      },
      removeItem: (key) => {
        try {
          storage.removeItem(key);
        } catch {
          // nothing to do
        }
      },
    };
  } catch {
    return memoryStore();
  }
}

/** Per browser tab (the browser sign-in's session token). */
export const sessionStore = usableStorage(() => window.sessionStorage);
/** Outlives the session (recent boards, column orders). */
export const localStore = usableStorage(() => window.localStorage);
