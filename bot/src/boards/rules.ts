// The board rules every surface shares: when a task is done, when it is overdue, what a due date is.
import type { Task } from '../teamflame/index.js';

/** Columns whose tasks are finished: a past due date there is not "overdue". */
const DONE_COLUMNS = /^(готово|закрыто|done|closed|complete(d)?)$/i;

export function isDoneColumn(columnName: string): boolean {
  return DONE_COLUMNS.test(columnName.trim());
}

/** The due date (TeamFlame's endDate) as a calendar date. */
export function dueDateOf(task: Pick<Task, 'endDate'>): string | undefined {
  return task.endDate ? task.endDate.slice(0, 10) : undefined;
}

/** When a task is due, in milliseconds; undefined without a due date. */
const dueTime = (task: Pick<Task, 'endDate'>) =>
  task.endDate ? new Date(`${task.endDate.slice(0, 19)}Z`).getTime() : undefined;

const DAY_MS = 24 * 60 * 60 * 1000;

export function isOverdue(task: Pick<Task, 'endDate'>, columnName: string, now = new Date()): boolean {
  const due = dueTime(task);
  if (due === undefined || isDoneColumn(columnName)) return false;
  return due < now.getTime();
}

/** Not overdue yet but due within a day, and not done: worth a warning before it is late. */
export function isDueSoon(task: Pick<Task, 'endDate'>, columnName: string, now = new Date()): boolean {
  const due = dueTime(task);
  if (due === undefined || isDoneColumn(columnName)) return false;
  return due >= now.getTime() && due - now.getTime() <= DAY_MS;
}

/** TeamFlame keeps due dates as local date-times without a zone: a date is due at the end of its working day. */
export function teamflameDueDate(isoDate: string): string {
  return `${isoDate}T18:00:00`;
}
