// TeamFlame has no webhooks: changes are found by diffing board snapshots. Each event gets an id that is
// the same for every instance that diffs the same pair of snapshots, so its unique row stops repeats.
import type { BoardColumns } from '../teamflame/index.js';

interface TaskState {
  name: string;
  columnId: string;
  users: string[];
  endDate: string | null;
  comments: number;
  /** `text` is the comment as TeamFlame stores it (rich text); the notifier turns it into plain text. */
  lastComment: { author: string; text: string } | null;
}

export interface BoardSnapshot {
  /** Identifies this snapshot; events found against it carry it in their ids. */
  version: string;
  /** The board's name when it was taken: what a message says when TeamFlame can no longer be asked. */
  boardName?: string;
  columns: Record<string, string>;
  tasks: Record<string, TaskState>;
}

export type BoardEvent =
  | { id: string; kind: 'created'; taskId: string; taskName: string; columnName: string }
  | { id: string; kind: 'moved'; taskId: string; taskName: string; from: string; to: string }
  | { id: string; kind: 'assigned'; taskId: string; taskName: string; added: string[]; removed: string[] }
  | { id: string; kind: 'due'; taskId: string; taskName: string; dueDate: string | null }
  | { id: string; kind: 'commented'; taskId: string; taskName: string; author: string; text: string };

export function snapshotOf(board: BoardColumns, version: string): BoardSnapshot {
  const columns: Record<string, string> = {};
  const tasks: Record<string, TaskState> = {};
  for (const column of board.columns) {
    columns[column.id] = column.name;
    for (const task of column.tasks) {
      const comments = task.comments ?? [];
      const last = comments.at(-1);
      tasks[task.id] = {
        name: task.name,
        columnId: task.columnId,
        users: [...(task.users ?? [])].sort(),
        endDate: task.endDate ?? null,
        comments: comments.length,
        lastComment: last ? { author: last.userName ?? '', text: last.text } : null,
      };
    }
  }
  return { version, columns, tasks };
}

export function diffBoards(boardId: string, before: BoardSnapshot, after: BoardSnapshot): BoardEvent[] {
  const events: BoardEvent[] = [];
  const id = (taskId: string, kind: string) => `${boardId}:${before.version}:${taskId}:${kind}`;
  const column = (columnId: string) => after.columns[columnId] ?? before.columns[columnId] ?? '';
  for (const [taskId, now] of Object.entries(after.tasks)) {
    const then = before.tasks[taskId];
    if (!then) {
      events.push({
        id: id(taskId, 'created'),
        kind: 'created',
        taskId,
        taskName: now.name,
        columnName: column(now.columnId),
      });
      continue;
    }
    if (then.columnId !== now.columnId) {
      events.push({
        id: id(taskId, 'moved'),
        kind: 'moved',
        taskId,
        taskName: now.name,
        from: column(then.columnId),
        to: column(now.columnId),
      });
    }
    const added = now.users.filter((u) => !then.users.includes(u));
    const removed = then.users.filter((u) => !now.users.includes(u));
    if (added.length || removed.length) {
      events.push({
        id: id(taskId, 'assigned'),
        kind: 'assigned',
        taskId,
        taskName: now.name,
        added,
        removed,
      });
    }
    if (then.endDate !== now.endDate) {
      events.push({
        id: id(taskId, 'due'),
        kind: 'due',
        taskId,
        taskName: now.name,
        dueDate: now.endDate ? now.endDate.slice(0, 10) : null,
      });
    }
    if (now.comments > then.comments && now.lastComment) {
      events.push({
        id: id(taskId, 'commented'),
        kind: 'commented',
        taskId,
        taskName: now.name,
        author: now.lastComment.author,
        text: now.lastComment.text,
      });
    }
  }
  return events;
}
