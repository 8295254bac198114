// Where a drag ends, in board terms: on a card (the task takes that card's place) or on a column (its end).
import type { TabBoard } from '@teamflame/contract';
import { findTask } from './board-state.js';

export interface Drop {
  taskId: string;
  fromColumnId: string;
  toColumnId: string;
  /** The task's index in the whole target column afterwards (filters ignored), as moveTask takes it. */
  index: number;
}

interface Over {
  id: string | number;
  data: { current?: Record<string, unknown> };
}

interface DragEnd {
  active: { id: string | number };
  over: Over | null;
}

/** The column a drag is over: the card's column when over a card, else the column itself. */
export function columnIdOf(over: Over): string {
  const data = over.data.current ?? {};
  return typeof data.columnId === 'string' ? data.columnId : String(over.id);
}

export function dropOf(board: TabBoard, { active, over }: DragEnd): Drop | undefined {
  const taskId = String(active.id);
  const task = findTask(board, taskId);
  if (!task || !over || String(over.id) === taskId) return undefined;
  const data = over.data.current ?? {};
  const toColumnId = columnIdOf(over);
  const column = board.columns.find((c) => c.id === toColumnId);
  if (!column) return undefined;
  const overIndex = data.type === 'task' ? column.tasks.findIndex((t) => t.id === String(over.id)) : -1;
  const index = overIndex === -1 ? column.tasks.filter((t) => t.id !== taskId).length : overIndex;
  return { taskId, fromColumnId: task.columnId, toColumnId, index };
}
