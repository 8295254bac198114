// Pure board transformations: what the optimistic updates do to the cached board before the server answers.
import type { Person, TabBoard, TabColumn, TabTask, TaskUpdate } from '@teamflame/contract';

export function findTask(board: TabBoard, taskId: string): TabTask | undefined {
  for (const column of board.columns) {
    const task = column.tasks.find((t) => t.id === taskId);
    if (task) return task;
  }
  return undefined;
}

/**
 * The board with a task moved to `toIndex` of a column (its end when omitted), within its column or to
 * another. The same board object when nothing would change (unknown task or column, same place).
 */
export function moveTask(board: TabBoard, taskId: string, toColumnId: string, toIndex?: number): TabBoard {
  const task = findTask(board, taskId);
  const target = board.columns.find((c) => c.id === toColumnId);
  if (!task || !target) return board;
  const rest = target.tasks.filter((t) => t.id !== taskId);
  const index = Math.max(0, Math.min(toIndex ?? rest.length, rest.length));
  if (task.columnId === toColumnId && target.tasks[index]?.id === taskId) return board;
  const moved: TabTask = task.columnId === toColumnId ? task : { ...task, columnId: toColumnId };
  return {
    ...board,
    columns: board.columns.map((column) => {
      if (column.id === toColumnId)
        return { ...column, tasks: [...rest.slice(0, index), moved, ...rest.slice(index)] };
      if (column.id === task.columnId)
        return { ...column, tasks: column.tasks.filter((t) => t.id !== taskId) };
      return column;
    }),
  };
}

/** The board with one task replaced (wherever it is; moved when its columnId changed). */
export function replaceTask(board: TabBoard, taskId: string, next: TabTask): TabBoard {
  const current = findTask(board, taskId);
  if (!current) return board;
  const placed = current.columnId === next.columnId ? board : moveTask(board, taskId, next.columnId);
  return {
    ...placed,
    columns: placed.columns.map((column) =>
      column.tasks.some((t) => t.id === taskId)
        ? { ...column, tasks: column.tasks.map((t) => (t.id === taskId ? next : t)) }
        : column,
    ),
  };
}

export function addTask(board: TabBoard, task: TabTask): TabBoard {
  return {
    ...board,
    columns: board.columns.map((c) => (c.id === task.columnId ? { ...c, tasks: [...c.tasks, task] } : c)),
  };
}

export function removeTask(board: TabBoard, taskId: string): TabBoard {
  return {
    ...board,
    columns: board.columns.map((c) =>
      c.tasks.some((t) => t.id === taskId) ? { ...c, tasks: c.tasks.filter((t) => t.id !== taskId) } : c,
    ),
  };
}

export function addColumn(board: TabBoard, column: TabColumn): TabBoard {
  return { ...board, columns: [...board.columns, column] };
}

/** The board with one column changed (its id kept unless `next` gives another, e.g. a created one's). */
export function replaceColumn(board: TabBoard, columnId: string, next: Partial<TabColumn>): TabBoard {
  return {
    ...board,
    columns: board.columns.map((column) => (column.id === columnId ? { ...column, ...next } : column)),
  };
}

/** A task as the board lists it: without its comments (only the drawer reads those). */
export function listed(task: TabTask): TabTask {
  const { comments: _comments, ...rest } = task;
  return rest;
}

/**
 * Today as YYYY-MM-DD in the user's time zone.
 * @internal Exported only for tests (so `knip --production` does not report it).
 */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The task as the server will most likely answer it after `update` (the answer then replaces it). A new
 * description is not guessed: only the server turns typed text into TeamFlame's HTML, so the old one stays
 * until the answer comes (the drawer shows the typed text meanwhile).
 */
export function applyUpdate(task: TabTask, update: TaskUpdate, members: Person[], now = new Date()): TabTask {
  const next: TabTask = { ...task };
  if (update.name !== undefined) next.name = update.name;
  if (update.columnId !== undefined) next.columnId = update.columnId;
  if (update.priority !== undefined) next.priority = update.priority;
  if (update.assigneeIds !== undefined) {
    const known = new Map([...members, ...task.assignees].map((p) => [p.id, p]));
    next.assignees = update.assigneeIds.map((id) => known.get(id) ?? { id, name: id, initials: '?' });
  }
  if (update.dueDate !== undefined) {
    next.dueDate = update.dueDate;
    next.overdue = update.dueDate !== null && update.dueDate < today(now);
    next.dueSoon = false;
  }
  return next;
}
