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

interface DragEnd {
  active: { id: string | number };
  over: { id: string | number; data: { current?: Record<string, unknown> } } | null;
}

export function dropOf(board: TabBoard, { active, over }: DragEnd): Drop | undefined {
  const taskId = String(active.id);
  const task = findTask(board, taskId);
  if (!task || !over || String(over.id) === taskId) return undefined;
  const data = over.data.current ?? {};
  const toColumnId = typeof data.columnId === 'string' ? data.columnId : String(over.id);
  const column = board.columns.find((c) => c.id === toColumnId);
  if (!column) return undefined;
  const overIndex = data.type === 'task' ? column.tasks.findIndex((t) => t.id === String(over.id)) : -1;
  const index = overIndex === -1 ? column.tasks.filter((t) => t.id !== taskId).length : overIndex;
  return { taskId, fromColumnId: task.columnId, toColumnId, index };
}
