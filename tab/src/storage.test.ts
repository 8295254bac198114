import { describe, expect, it } from 'vitest';
import { usableStorage } from './storage.js';

const denied = (): Storage => {
  throw new DOMException('The operation is insecure.', 'SecurityError');
};

function throwingOnWrite(): Storage {
  const values = new Map<string, string>();
  return {
    length: 0,
    clear: () => values.clear(),
    key: () => null,
    getItem: (k) => values.get(k) ?? null,
    setItem: () => {
      throw new DOMException('quota', 'QuotaExceededError');
    },
    removeItem: (k) => void values.delete(k),
  };
}

describe('storage the tab can always use', () => {
  it('keeps values in memory when storage is denied outright or refuses writes', () => {
    for (const open of [denied, throwingOnWrite]) {
      const store = usableStorage(open);
      expect(store.getItem('k')).toBeNull();
      store.setItem('k', 'v');
      expect(store.getItem('k')).toBe('v');
      store.removeItem('k');
      expect(store.getItem('k')).toBeNull();
    }
  });

  it('uses the real storage when it works, and a later failure does not throw', () => {
    const values = new Map<string, string>();
    let broken = false;
    const real = {
      length: 0,
      clear: () => values.clear(),
      key: () => null,
      getItem: (k: string) => {
        if (broken) throw new Error('revoked');
        return values.get(k) ?? null;
      },
      setItem: (k: string, v: string) => {
        if (broken) throw new Error('revoked');
        values.set(k, v);
      },
      removeItem: (k: string) => void values.delete(k),
    } satisfies Storage;
    const store = usableStorage(() => real);
    store.setItem('k', 'v');
    expect(values.get('k')).toBe('v');
    expect(values.has('teamflame.probe')).toBe(false);
    broken = true;
    expect(store.getItem('k')).toBeNull();
    expect(() => store.setItem('k', 'w')).not.toThrow();
  });
});
