// The start page's board gallery as a pure function: the recent boards first, then every board grouped by
// where it lives (space / project), both narrowed by a search over names and places.
import type { BoardSummary } from '@teamflame/contract';
import { searchForm } from '@teamflame/contract';

interface BoardGroup {
  /** "Space / Project"; "" for boards TeamFlame places nowhere. */
  path: string;
  boards: BoardSummary[];
}

export interface Gallery {
  recent: BoardSummary[];
  groups: BoardGroup[];
}

const RECENT_SHOWN = 4;

export function galleryOf(boards: BoardSummary[], recentIds: string[], search: string): Gallery {
  const text = searchForm(search);
  const shown = text ? boards.filter((b) => searchForm(`${b.name} ${b.path}`).includes(text)) : boards;
  const byId = new Map(shown.map((b) => [b.id, b]));
  const recent = recentIds.flatMap((id) => byId.get(id) ?? []).slice(0, RECENT_SHOWN);
  const groups = new Map<string, BoardSummary[]>();
  for (const board of shown) groups.set(board.path, [...(groups.get(board.path) ?? []), board]);
  return {
    recent,
    groups: [...groups.entries()]
      // Boards placed nowhere come last.
      .sort(([a], [b]) => (!a ? 1 : !b ? -1 : a.localeCompare(b)))
      .map(([path, list]) => ({ path, boards: list.sort((a, b) => a.name.localeCompare(b.name)) })),
  };
}
