// TeamFlame has no webhooks: changes are found by diffing board snapshots. Each event gets an id that is
// the same for every instance that diffs the same pair of snapshots, so its unique row stops repeats.
import { changeDetail, type ChangeDetail } from '../boards/change-details.js';
import { isOverdue } from '../boards/rules.js';
import type { ChangeActor } from '../data/index.js';
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

/** What every event says: the task, its assignees after the change, and who made it when that is known. */
interface EventBase {
  id: string;
  taskId: string;
  taskName: string;
  assignees: string[];
  /** Set when the change was made through this app (TeamFlame's data does not say who changed a task). */
  actor?: ChangeActor;
}

export type BoardEvent = EventBase &
  (
    | { kind: 'created'; columnName: string }
    | { kind: 'moved'; from: string; to: string }
    | { kind: 'assigned'; added: string[]; removed: string[] }
    | { kind: 'due'; dueDate: string | null }
    | { kind: 'renamed'; from: string }
    | { kind: 'commented'; author: string; text: string }
    /** Only for the person it names (`for`), once per task and due date: see overdueEvents. */
    | { kind: 'overdue'; dueDate: string; for: string }
  );

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

/** Each event with what it left the task as, for matching it to a write made through the app. */
export function diffBoards(
  boardId: string,
  before: BoardSnapshot,
  after: BoardSnapshot,
): { event: BoardEvent; made: ChangeDetail }[] {
  const found: { event: BoardEvent; made: ChangeDetail }[] = [];
  const column = (columnId: string) => after.columns[columnId] ?? before.columns[columnId] ?? '';
  for (const [taskId, now] of Object.entries(after.tasks)) {
    const base = (kind: string) => ({
      id: `${boardId}:${before.version}:${taskId}:${kind}`,
      taskId,
      taskName: now.name,
      assignees: now.users,
    });
    const then = before.tasks[taskId];
    if (!then) {
      found.push({
        event: { ...base('created'), kind: 'created', columnName: column(now.columnId) },
        made: changeDetail.created(),
      });
      continue;
    }
    if (then.name !== now.name)
      found.push({
        event: { ...base('renamed'), kind: 'renamed', from: then.name },
        made: changeDetail.renamed(now.name),
      });
    if (then.columnId !== now.columnId)
      found.push({
        event: { ...base('moved'), kind: 'moved', from: column(then.columnId), to: column(now.columnId) },
        made: changeDetail.moved(now.columnId),
      });
    const added = now.users.filter((u) => !then.users.includes(u));
    const removed = then.users.filter((u) => !now.users.includes(u));
    if (added.length || removed.length)
      found.push({
        event: { ...base('assigned'), kind: 'assigned', added, removed },
        made: changeDetail.assigned(now.users),
      });
    if (then.endDate !== now.endDate) {
      const dueDate = now.endDate ? now.endDate.slice(0, 10) : null;
      found.push({ event: { ...base('due'), kind: 'due', dueDate }, made: changeDetail.due(dueDate) });
    }
    if (now.comments > then.comments && now.lastComment)
      found.push({
        event: {
          ...base('commented'),
          kind: 'commented',
          author: now.lastComment.author,
          text: now.lastComment.text,
        },
        made: changeDetail.commented(),
      });
  }
  return found;
}

/**
 * Tasks past their due date, not in a done column, assigned to one of `people`: one event per person, task
 * and due date. The id holds no snapshot version, so it is recorded once ever: a person is told once that a
 * task became overdue, and again only if its due date is moved and passes again.
 */
export function overdueEvents(
  boardId: string,
  snapshot: BoardSnapshot,
  people: readonly string[],
  now = new Date(),
): BoardEvent[] {
  const events: BoardEvent[] = [];
  for (const [taskId, task] of Object.entries(snapshot.tasks)) {
    if (!task.endDate || !isOverdue(task, snapshot.columns[task.columnId] ?? '', now)) continue;
    const dueDate = task.endDate.slice(0, 10);
    for (const person of people.filter((p) => task.users.includes(p)))
      events.push({
        id: `${boardId}:overdue:${taskId}:${dueDate}:${person}`,
        kind: 'overdue',
        taskId,
        taskName: task.name,
        assignees: task.users,
        dueDate,
        for: person,
      });
  }
  return events;
}
