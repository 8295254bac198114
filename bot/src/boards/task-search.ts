// Finding a task by words of its title, the way people type: any case, "е" for "ё", words in any order,
// each word a part of a word of the title ("онбор" finds "Экран онбординга").
import { searchForm } from '@teamflame/contract';
import type { BoardTasksModel, TaskModel } from './read-model.js';

/** What a task found by a search shows besides itself: where it is. */
export interface FoundTask extends TaskModel {
  boardName: string;
  /** Its board's columns, in board order. */
  columns: { id: string; name: string }[];
  /** Its column is a done column. */
  done: boolean;
}

/**
 * True when every word of `query` is part of `title`. An empty query matches nothing.
 * @internal Tests use it too.
 */
export function titleMatches(title: string, query: string): boolean {
  const words = searchForm(query).split(' ').filter(Boolean);
  if (words.length === 0) return false;
  const form = searchForm(title);
  return words.every((word) => form.includes(word));
}

/**
 * The tasks of `boards` whose titles hold every word of `query`, in board and column order; with an empty
 * query, the open tasks (not in a done column) assigned to `personId`.
 */
export function findTasks(boards: BoardTasksModel[], query: string, personId: string): FoundTask[] {
  const all = boards.flatMap((board) => {
    const columns = board.columns.map((c) => ({ id: c.id, name: c.name }));
    return board.columns.flatMap((column) =>
      column.tasks.map((task) => ({ ...task, boardName: board.name, columns, done: column.done })),
    );
  });
  if (!searchForm(query))
    return all.filter((task) => !task.done && task.assignees.some((person) => person.id === personId));
  return all.filter((task) => titleMatches(task.name, query));
}
