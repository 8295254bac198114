// Pure board transformations: the optimistic move and the filters. Tested without a browser.
import type { TabBoard, TabTask } from '@teamflame/contract';

/** The board with one task moved to the end of another column (what the server will do). */
export function moveTask(board: TabBoard, taskId: string, toColumnId: string): TabBoard {
  const task = board.columns.flatMap((c) => c.tasks).find((t) => t.id === taskId);
  if (!task || task.columnId === toColumnId || !board.columns.some((c) => c.id === toColumnId)) return board;
  const moved: TabTask = { ...task, columnId: toColumnId };
  return {
    ...board,
    columns: board.columns.map((column) => {
      if (column.id === task.columnId)
        return { ...column, tasks: column.tasks.filter((t) => t.id !== taskId) };
      if (column.id === toColumnId) return { ...column, tasks: [...column.tasks, moved] };
      return column;
    }),
  };
}

export interface TaskFilter {
  text: string;
  /** Only tasks assigned to this TeamFlame user. */
  assigneeId?: string;
}

export function matches(task: TabTask, filter: TaskFilter): boolean {
  const text = filter.text.trim().toLowerCase();
  if (text && !task.name.toLowerCase().includes(text)) return false;
  if (filter.assigneeId && !task.assignees.some((a) => a.id === filter.assigneeId)) return false;
  return true;
}
