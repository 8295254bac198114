// The board's filters as pure functions: text search, one assignee (or nobody), and "my tasks".
import { searchForm, type TabBoard, type TabColumn, type TabTask } from '@teamflame/contract';

/** The assignee filter's value for "assigned to nobody". */
export const NOBODY = '__nobody__';

export interface TaskFilter {
  text: string;
  /** A TeamFlame user id, or NOBODY. */
  assigneeId?: string;
  /** Only the signed-in user's tasks (wins over assigneeId). */
  mine: boolean;
}

export const noFilter: TaskFilter = { text: '', mine: false };

export function isFiltering(filter: TaskFilter): boolean {
  return Boolean(searchForm(filter.text) || filter.assigneeId || filter.mine);
}

/** @internal Exported only for tests (so `knip --production` does not report it). */
export function matchesFilter(task: TabTask, filter: TaskFilter, myUserId?: string): boolean {
  const assignee = filter.mine ? (myUserId ?? NOBODY) : filter.assigneeId;
  if (
    assignee === NOBODY
      ? task.assignees.length > 0
      : assignee && !task.assignees.some((a) => a.id === assignee)
  )
    return false;
  const text = searchForm(filter.text);
  if (!text) return true;
  return searchForm(task.name).includes(text) || searchForm(task.descriptionText).includes(text);
}

/**
 * The columns with only the matching tasks. Unfiltered columns and tasks keep their identity, so memoized
 * cards do not re-render.
 */
export function filterColumns(board: TabBoard, filter: TaskFilter, myUserId?: string): TabColumn[] {
  if (!isFiltering(filter)) return board.columns;
  return board.columns.map((column) => {
    const tasks = column.tasks.filter((task) => matchesFilter(task, filter, myUserId));
    return tasks.length === column.tasks.length ? column : { ...column, tasks };
  });
}
