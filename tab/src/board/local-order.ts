// TeamFlame keeps no order of tasks within a column, so an order the user chose by dragging is kept in
// this browser and laid over the server's order: chosen tasks first in that order, the others after them.
import type { TabBoard } from '@teamflame/contract';

/** Task ids per column id. */
export type ColumnOrder = Record<string, string[]>;

export function applyOrder(board: TabBoard, order: ColumnOrder): TabBoard {
  let changed = false;
  const columns = board.columns.map((column) => {
    const chosen = order[column.id];
    if (!chosen?.length) return column;
    const rank = new Map(chosen.map((id, i) => [id, i]));
    const tasks = [...column.tasks].sort(
      (a, b) => (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity),
    );
    if (tasks.every((t, i) => t === column.tasks[i])) return column;
    changed = true;
    return { ...column, tasks };
  });
  return changed ? { ...board, columns } : board;
}

/** The order to remember after a drop: every column's task ids as the board now shows them. */
export function orderOf(board: TabBoard, columnIds: string[]): ColumnOrder {
  const order: ColumnOrder = {};
  for (const column of board.columns) {
    if (columnIds.includes(column.id)) order[column.id] = column.tasks.map((t) => t.id);
  }
  return order;
}

const storageKey = (boardId: string) => `teamflame.order.${boardId}`;

export function loadOrder(storage: Pick<Storage, 'getItem'>, boardId: string): ColumnOrder {
  try {
    const value: unknown = JSON.parse(storage.getItem(storageKey(boardId)) ?? '{}');
    return value && typeof value === 'object' ? (value as ColumnOrder) : {};
  } catch {
    return {}; // a corrupt entry only loses the remembered order
  }
}

export function saveOrder(storage: Pick<Storage, 'setItem'>, boardId: string, order: ColumnOrder): void {
  storage.setItem(storageKey(boardId), JSON.stringify(order));
}
