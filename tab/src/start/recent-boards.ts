// The boards this browser opened, most recent first: the gallery lists them first, and the first one opens
// directly next time (localStorage, so it outlives the session).
const KEY = 'teamflame.recentBoards';
const KEEP = 8;

export function recentBoards(storage: Pick<Storage, 'getItem'>): string[] {
  try {
    const value: unknown = JSON.parse(storage.getItem(KEY) ?? '[]');
    return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return []; // a corrupt entry only loses the list
  }
}

export function rememberBoard(storage: Pick<Storage, 'getItem' | 'setItem'>, boardId: string): void {
  const ids = [boardId, ...recentBoards(storage).filter((id) => id !== boardId)].slice(0, KEEP);
  storage.setItem(KEY, JSON.stringify(ids));
}

/** A board that is gone or no longer visible leaves the list, so it is not opened again. */
export function forgetBoard(storage: Pick<Storage, 'getItem' | 'setItem'>, boardId: string): void {
  storage.setItem(KEY, JSON.stringify(recentBoards(storage).filter((id) => id !== boardId)));
}
