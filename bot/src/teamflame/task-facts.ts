// Facts derived from TeamFlame entities, the same for the bot's cards and the tab's API.
import type { Task, User } from './schemas.js';

/** Columns whose tasks are finished: a past due date there is not "overdue". */
const DONE_COLUMNS = /^(готово|закрыто|done|closed|complete(d)?)$/i;

export function dueDateOf(task: Pick<Task, 'endDate'>): string | undefined {
  return task.endDate ? task.endDate.slice(0, 10) : undefined;
}

export function isOverdue(task: Pick<Task, 'endDate'>, columnName: string, now = new Date()): boolean {
  if (!task.endDate || DONE_COLUMNS.test(columnName.trim())) return false;
  return new Date(`${task.endDate.slice(0, 19)}Z`).getTime() < now.getTime();
}

export function displayName(user: Pick<User, 'firstName' | 'lastName' | 'email' | 'id'>): string {
  return [user.firstName, user.lastName].filter(Boolean).join(' ').trim() || user.email || user.id;
}

/** A space's members may come as ids or as user objects. */
export function memberIdsOf(users: unknown[] | null | undefined): string[] {
  return (users ?? [])
    .map((u) =>
      typeof u === 'string' ? u : ((u as { id?: string; _id?: string })?.id ?? (u as { _id?: string })?._id),
    )
    .filter((id): id is string => typeof id === 'string');
}
