// The one "task changed" path. Whatever surface made a change (a card button, the tab, later the message
// extension), the domain announces it here once; listeners bring every sent copy of the task's card up to
// date and tell the board's followers.
import type { Account } from '../accounts/index.js';
import type { Logger } from '../logger.js';
import type { Task } from '../teamflame/index.js';

export interface TaskChange {
  taskId: string;
  boardId: string;
  /** Who made the change: their client reads what the listeners show. */
  actor: Account;
  /** The message whose button made the change: its own answer already shows the result. */
  origin?: { conversationId: string; activityId: string };
  /** `app`: made through this app; `poll`: made elsewhere in TeamFlame and found by a poll. */
  source: 'app' | 'poll';
  /** The task as the write left it, when the write knows it: listeners show it without reading it again. */
  task?: Task;
}

export type TaskChangeListener = (change: TaskChange) => Promise<void>;

export class TaskChanges {
  private readonly listeners: TaskChangeListener[] = [];

  constructor(private readonly logger: Logger) {}

  onChange(listener: TaskChangeListener): void {
    this.listeners.push(listener);
  }

  /** Runs the listeners in the background: the change is made; telling others must not fail or slow it. */
  taskChanged(change: TaskChange): void {
    for (const listener of this.listeners) {
      listener(change).catch((error: unknown) =>
        this.logger.warn({ err: String(error), taskId: change.taskId }, 'a task-changed listener failed'),
      );
    }
  }
}
