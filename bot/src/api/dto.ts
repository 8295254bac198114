// The domain's read model -> the tab API's DTOs: an explicit whitelist of what leaves the server, with
// TeamFlame's rich text sanitized for showing, and as plain text for editing.
import type { Person, TabBoard, TabTask } from '@teamflame/contract';
import type { BoardModel, PersonModel, TaskModel } from '../boards/index.js';
import { toPlainText, toSafeHtml } from '../teamflame/index.js';

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]!.toUpperCase())
    .join('');
}

export function personDto(person: PersonModel): Person {
  return { id: person.id, name: person.name, initials: initials(person.name) || '?' };
}

export function taskDto(task: TaskModel): TabTask {
  return {
    id: task.id,
    name: task.name,
    descriptionHtml: toSafeHtml(task.descriptionHtml),
    descriptionText: toPlainText(task.descriptionHtml),
    columnId: task.columnId,
    boardId: task.boardId,
    assignees: task.assignees.map(personDto),
    dueDate: task.dueDate ?? null,
    overdue: task.overdue,
    dueSoon: task.dueSoon,
    priority: task.priority ?? '',
    commentCount: task.comments.length,
    comments: task.comments.map((c) => ({
      author: c.author,
      textHtml: toSafeHtml(c.textHtml),
      at: c.at ? new Date(c.at).toISOString() : null,
    })),
  };
}

export function boardDto(board: BoardModel): TabBoard {
  return {
    id: board.id,
    name: board.name,
    path: board.path,
    columns: board.columns.map((c) => ({ id: c.id, name: c.name, tasks: c.tasks.map(taskDto) })),
    members: board.members.map(personDto),
  };
}
