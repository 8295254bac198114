// The whole board: one call to getByBoardOneLayer when TeamFlame answers it, otherwise columns first and
// then each column's tasks in parallel (capped), never asking for the same thing twice in one load.
import pLimit from 'p-limit';
import { TeamFlameError } from './errors.js';
import type { BoardWithColumns, Task } from './schemas.js';
import type { ColumnsService } from './services/columns.js';
import type { TasksService } from './services/tasks.js';

const FAN_OUT_CONCURRENCY = 4;

export async function loadBoard(
  boardId: string,
  columns: ColumnsService,
  tasks: TasksService,
): Promise<BoardWithColumns> {
  try {
    const layered = await columns.byBoardWithTasks(boardId);
    if (layered.every((c) => Array.isArray(c.tasks))) {
      return { boardId, columns: layered.map((c) => ({ ...c, tasks: c.tasks ?? [] })) };
    }
  } catch (error) {
    // Sign-in and access problems would be the same on the fallback path: report them now. Anything
    // else (this endpoint unknown, or failing) falls back to the column-by-column path.
    if (error instanceof TeamFlameError && ['auth', 'forbidden'].includes(error.code)) throw error;
  }
  const plain = await columns.byBoard(boardId);
  const limit = pLimit(FAN_OUT_CONCURRENCY);
  const byColumn = new Map<string, Promise<Task[]>>();
  for (const column of plain) {
    if (!byColumn.has(column.id))
      byColumn.set(
        column.id,
        limit(() => tasks.byColumn(column.id)),
      );
  }
  const withTasks = await Promise.all(
    plain.map(async (column) => ({ ...column, tasks: await byColumn.get(column.id)! })),
  );
  return { boardId, columns: withTasks };
}
