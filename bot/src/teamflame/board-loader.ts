// The whole board: one call to getByBoardOneLayer when TeamFlame answers it, otherwise columns first and
// then each column's tasks in parallel (capped). Nothing is asked for twice in one load: a layered answer
// that lacks some columns' tasks is completed column by column, not loaded again.
import pLimit from 'p-limit';
import { TeamFlameError } from './errors.js';
import type { BoardWithColumns, Column, Task } from './schemas.js';
import type { ColumnsService } from './services/columns.js';
import type { TasksService } from './services/tasks.js';

const FAN_OUT_CONCURRENCY = 4;

/** Sign-in and access problems would be the same on the fallback path, so they end the load at once. */
const FINAL_CODES = new Set(['auth', 'forbidden']);

export async function loadBoard(
  boardId: string,
  columns: ColumnsService,
  tasks: TasksService,
): Promise<BoardWithColumns> {
  let listed: Column[] | undefined;
  try {
    listed = await columns.byBoardWithTasks(boardId);
  } catch (error) {
    // Anything else (the endpoint unknown here, or failing) falls back to the column-by-column path.
    if (!(error instanceof TeamFlameError) || FINAL_CODES.has(error.code)) throw error;
  }
  listed ??= await columns.byBoard(boardId);

  const limit = pLimit(FAN_OUT_CONCURRENCY);
  const byColumn = new Map<string, Promise<Task[]>>();
  const tasksOf = (column: Column): Promise<Task[]> => {
    if (Array.isArray(column.tasks)) return Promise.resolve(column.tasks);
    let pending = byColumn.get(column.id);
    if (!pending) {
      pending = limit(() => tasks.byColumn(column.id));
      byColumn.set(column.id, pending);
    }
    return pending;
  };
  const withTasks = await Promise.all(
    listed.map(async (column) => ({ ...column, tasks: await tasksOf(column) })),
  );
  return { boardId, columns: withTasks };
}
