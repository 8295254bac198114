// TeamFlame entities -> the tab API's DTOs (an explicit whitelist of what leaves the server).
import type { Person, TabBoard, TabTask } from '@teamflame/contract';
import type { BoardColumns, Task, TeamFlameClient } from '../teamflame/index.js';
import { displayName, dueDateOf, isOverdue, memberIdsOf, toSafeHtml } from '../teamflame/index.js';

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]!.toUpperCase())
    .join('');
}

export class DtoBuilder {
  private readonly people = new Map<string, Promise<Person>>();

  constructor(private readonly client: TeamFlameClient) {}

  person(id: string): Promise<Person> {
    let person = this.people.get(id);
    if (!person) {
      person = this.client.users.get(id).then(
        (user) => {
          const name = displayName(user);
          return { id, name, initials: initials(name) };
        },
        () => ({ id, name: id, initials: '?' }),
      );
      this.people.set(id, person);
    }
    return person;
  }

  async task(task: Task, columnName: string): Promise<TabTask> {
    return {
      id: task.id,
      name: task.name,
      descriptionHtml: toSafeHtml(task.description),
      columnId: task.columnId,
      boardId: task.boardId ?? '',
      assignees: await Promise.all((task.users ?? []).map((id) => this.person(id))),
      dueDate: dueDateOf(task) ?? null,
      overdue: isOverdue(task, columnName),
      priority: task.priority ?? '',
      commentCount: task.comments?.length ?? 0,
      comments: (task.comments ?? []).map((c) => ({ author: c.userName ?? '', text: toSafeHtml(c.text) })),
    };
  }

  /** The board's people: the members of its space (reads neither columns nor tasks). */
  async members(boardId: string): Promise<Person[]> {
    const board = await this.client.boards.get(boardId);
    const space = board.spaceId ? await this.client.spaces.get(board.spaceId) : undefined;
    return Promise.all(memberIdsOf(space?.users).map((id) => this.person(id)));
  }

  async board(boardId: string, layout?: BoardColumns): Promise<TabBoard> {
    const [board, loaded] = await Promise.all([
      this.client.boards.get(boardId),
      layout ?? this.client.loadBoard(boardId),
    ]);
    const [space, project] = await Promise.all([
      board.spaceId ? this.client.spaces.get(board.spaceId).catch(() => undefined) : undefined,
      board.projectId ? this.client.projects.get(board.projectId).catch(() => undefined) : undefined,
    ]);
    const columns = await Promise.all(
      loaded.columns.map(async (column) => ({
        id: column.id,
        name: column.name,
        tasks: await Promise.all(column.tasks.map((task) => this.task(task, column.name))),
      })),
    );
    return {
      id: board.id,
      name: board.name,
      path: [space?.name, project?.name].filter(Boolean).join(' / '),
      columns,
      members: await Promise.all(memberIdsOf(space?.users).map((id) => this.person(id))),
    };
  }
}
