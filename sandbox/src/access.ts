// Membership rules: a user sees only the spaces they are a member of, and what lives inside them.
import { HttpError } from './http.js';
import type { Board, Column, Project, SandboxUser, Space, Store, Task } from './store.js';

export class Access {
  constructor(private readonly store: Store) {}

  space(user: SandboxUser, id: string): Space {
    const space = this.store.spaces.get(id);
    if (!space) throw new HttpError(404, 'Space not found');
    if (!space.users.includes(user.id)) throw new HttpError(403, 'You are not a member of this space');
    return space;
  }

  project(user: SandboxUser, id: string): Project {
    const project = this.store.projects.get(id);
    if (!project) throw new HttpError(404, 'Project not found');
    this.space(user, project.space);
    return project;
  }

  board(user: SandboxUser, id: string): Board {
    const board = this.store.boards.get(id);
    if (!board) throw new HttpError(404, 'Board not found');
    this.space(user, board.spaceId);
    return board;
  }

  column(user: SandboxUser, id: string): Column {
    const column = this.store.columns.get(id);
    if (!column) throw new HttpError(404, 'Column not found');
    this.board(user, column.boardId);
    return column;
  }

  task(user: SandboxUser, id: string): Task {
    const task = this.store.tasks.get(id);
    if (!task) throw new HttpError(404, 'Task not found');
    this.space(user, task.spaceId);
    return task;
  }

  spacesOf(user: SandboxUser): Space[] {
    return [...this.store.spaces.values()].filter((s) => s.users.includes(user.id));
  }
}
