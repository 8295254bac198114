// Recorded changes as the card layer tells them: people as their names, a quoted comment as plain text
// (TeamFlame's may be HTML), who made each change when it is known. Nothing here is in any language; the
// cards word it. Also the one rule of "not about yourself".
import type { BoardEventView } from '../bot/cards/index.js';
import { toPlainText } from '../teamflame/index.js';
import type { BoardEvent } from './board-diff.js';

/** A TeamFlame person: their id, and their name as TeamFlame gives it, when known. */
export interface TeamFlamePerson {
  teamflameUserId: string;
  name?: string | null;
}

/**
 * Whether the person made this change: recorded as theirs when made through the app, or a comment that
 * TeamFlame says they wrote. Nobody is told about their own change.
 */
export function madeBy(event: BoardEvent, person: TeamFlamePerson): boolean {
  if (event.actor) return event.actor.teamflameUserId === person.teamflameUserId;
  return event.kind === 'commented' && !!person.name && event.author === person.name;
}

/** One event as cards tell it; an assignment that both added and removed people is two lines. */
export async function viewsOf(
  event: BoardEvent,
  nameOf: (teamflameUserId: string) => Promise<string>,
): Promise<BoardEventView[]> {
  const who = event.actor?.name || undefined;
  const base = { taskId: event.taskId, taskName: event.taskName, ...(who ? { who } : {}) };
  switch (event.kind) {
    case 'created':
      return [{ ...base, kind: 'created', columnName: event.columnName }];
    case 'moved':
      return [{ ...base, kind: 'moved', from: event.from, to: event.to }];
    case 'assigned': {
      const views: BoardEventView[] = [];
      if (event.added.length)
        views.push({ ...base, kind: 'assigned', names: await Promise.all(event.added.map(nameOf)) });
      if (event.removed.length)
        views.push({ ...base, kind: 'unassigned', names: await Promise.all(event.removed.map(nameOf)) });
      return views;
    }
    case 'due':
      return [{ ...base, kind: 'due', ...(event.dueDate ? { dueDate: event.dueDate } : {}) }];
    case 'renamed':
      return [{ ...base, kind: 'renamed', from: event.from }];
    case 'commented':
      return [{ ...base, kind: 'commented', author: event.author || who, text: toPlainText(event.text) }];
    case 'overdue':
      return [{ ...base, kind: 'overdue', dueDate: event.dueDate }];
  }
}

/** The events as a person's own stream tells them: being assigned is "you were assigned". */
export async function personalViewsOf(
  event: BoardEvent,
  nameOf: (teamflameUserId: string) => Promise<string>,
): Promise<BoardEventView[]> {
  if (event.kind !== 'assigned') return viewsOf(event, nameOf);
  const who = event.actor?.name || undefined;
  return [{ taskId: event.taskId, taskName: event.taskName, kind: 'assignedYou', ...(who ? { who } : {}) }];
}
