// The one read model of TeamFlame boards and tasks, as this person sees them: what the bot's cards and the
// tab's API both show, each mapping it to its own shape (card views, DTOs). Rich text stays TeamFlame's
// HTML here; each surface turns it into what it can show.
import type { Account } from '../accounts/index.js';
import {
  displayName,
  memberIdsOf,
  TeamFlameForbiddenError,
  TeamFlameNotFoundError,
  type Board,
  type Column,
  type Project,
  type Space,
  type Task,
  type TeamFlameClient,
} from '../teamflame/index.js';
import pLimit from 'p-limit';
import type { AccountCache } from './account-cache.js';
import { dueDateOf, isDoneColumn, isDueSoon, isOverdue } from './rules.js';

/** Loading every board of a person: a few at a time, so one search does not flood TeamFlame. */
const BOARD_LOADS_AT_ONCE = 4;

export interface PersonModel {
  id: string;
  name: string;
}

export interface TaskModel {
  id: string;
  name: string;
  /** TeamFlame's rich text, as stored ("" when none). */
  descriptionHtml: string;
  columnId: string;
  /** "" when the task's column is not known. */
  columnName: string;
  boardId: string;
  assignees: PersonModel[];
  dueDate?: string;
  overdue: boolean;
  /** Due within a day, not overdue and not done. */
  dueSoon: boolean;
  priority?: 'low' | 'middle' | 'high';
  /** Oldest first; the text is TeamFlame's rich text; `at` when TeamFlame tells when it was written. */
  comments: { author: string; textHtml: string; at?: string }[];
}

interface ColumnModel {
  id: string;
  name: string;
  /** Tasks here are finished. */
  done: boolean;
  tasks: TaskModel[];
}

export interface BoardModel {
  id: string;
  name: string;
  /** "Space / Project". */
  path: string;
  columns: ColumnModel[];
  /** Who can be assigned: the members of the board's space. */
  members: PersonModel[];
}

/** One task with what editing it needs: its board's name, columns and people. */
export interface TaskDetailModel extends TaskModel {
  boardName: string;
  columns: { id: string; name: string }[];
  members: PersonModel[];
}

/** One of the person's open tasks, where it is and when it is due (its people are not read). */
export interface MyTaskModel {
  id: string;
  name: string;
  boardId: string;
  /** "" when the board is not among those the person can see. */
  boardName: string;
  columnId: string;
  /** "" when the column is not known. */
  columnName: string;
  /** A calendar date. */
  dueDate?: string;
}

export interface MyTasksModel {
  /** The person's tasks that are not in a done column. */
  open: MyTaskModel[];
  /** How many of the person's tasks are in a done column (left out of `open`). */
  finished: number;
}

/** A board the person can see with its columns and every task on it: what finding a task searches. */
export interface BoardTasksModel {
  id: string;
  name: string;
  columns: ColumnModel[];
}

export interface BoardChoice {
  id: string;
  name: string;
  /** "Space / Project". */
  path: string;
}

export interface ProjectChoice {
  id: string;
  name: string;
  spaceId: string;
  spaceName: string;
}

export class BoardReader {
  private readonly client: TeamFlameClient;

  /**
   * `fresh`: what the cache keeps is read again (a Refresh); otherwise a board's surroundings (its name,
   * columns, space, project and people's names) come from the per-account cache when it has them. Tasks and
   * a board's content are always read.
   */
  constructor(
    private readonly account: Account,
    private readonly cache: AccountCache,
    private readonly fresh = false,
  ) {
    this.client = account.client;
  }

  private cached<T>(key: string, load: () => Promise<T>): Promise<T> {
    return this.cache.get(this.account.user.teamflameUserId, key, load, this.fresh);
  }

  private boardInfo(boardId: string): Promise<Board> {
    return this.cached(boardKey(boardId), () => this.client.boards.get(boardId));
  }

  /** The board's columns, in board order. */
  columns(boardId: string): Promise<Column[]> {
    return this.cached(columnsKey(boardId), () => this.client.columns.byBoard(boardId));
  }

  private space(spaceId: string): Promise<Space> {
    return this.cached(`space:${spaceId}`, () => this.client.spaces.get(spaceId));
  }

  private project(projectId: string): Promise<Project> {
    return this.cached(`project:${projectId}`, () => this.client.projects.get(projectId));
  }

  /** Each person's display name; the id itself when TeamFlame will not say (not kept: asked again next time). */
  people(ids: readonly string[]): Promise<PersonModel[]> {
    return Promise.all(
      [...new Set(ids)].map(async (id) => ({
        id,
        name: await this.cached(`user:${id}`, async () => displayName(await this.client.users.get(id))).catch(
          () => id,
        ),
      })),
    );
  }

  /** A loaded board's columns with their tasks, each judged in its column. */
  private columnModels(layout: Awaited<ReturnType<TeamFlameClient['loadBoard']>>) {
    return Promise.all(
      layout.columns.map(async (column) => ({
        id: column.id,
        name: column.name,
        done: isDoneColumn(column.name),
        tasks: await Promise.all(column.tasks.map((task) => this.model(task, column.name))),
      })),
    );
  }

  /** The whole board in one call (plus its name and place, usually kept). */
  async board(boardId: string): Promise<BoardModel> {
    const [board, layout] = await Promise.all([this.boardInfo(boardId), this.client.loadBoard(boardId)]);
    // The columns came with the tasks: a task card of this board needs not ask for them again.
    this.cache.put(
      this.account.user.teamflameUserId,
      columnsKey(boardId),
      layout.columns.map(({ tasks: _tasks, ...column }) => column),
    );
    const [space, project] = await Promise.all([
      board.spaceId ? this.space(board.spaceId).catch(unlessHidden(undefined)) : undefined,
      board.projectId ? this.project(board.projectId).catch(unlessHidden(undefined)) : undefined,
    ]);
    const columns = await this.columnModels(layout);
    return {
      id: board.id,
      name: board.name,
      path: [space?.name, project?.name].filter(Boolean).join(' / '),
      columns,
      members: await this.people(memberIdsOf(space?.users)),
    };
  }

  /** `known`: the task as a write just left it, so it is not read again. */
  async taskDetail(taskId: string, known?: Task): Promise<TaskDetailModel> {
    const task = known ?? (await this.client.tasks.get(taskId));
    const boardId = task.boardId ?? '';
    const [board, columns, space] = await Promise.all([
      boardId ? this.boardInfo(boardId).catch(unlessHidden(undefined)) : undefined,
      boardId ? this.columns(boardId) : Promise.resolve([]),
      task.spaceId ? this.space(task.spaceId).catch(unlessHidden(undefined)) : undefined,
    ]);
    const columnName = columns.find((c) => c.id === task.columnId)?.name ?? '';
    const [model, members] = await Promise.all([
      this.model(task, columnName),
      this.people([...memberIdsOf(space?.users), ...(task.users ?? [])]),
    ]);
    return {
      ...model,
      boardName: board?.name ?? '',
      columns: columns.map((c) => ({ id: c.id, name: c.name })),
      members,
    };
  }

  /**
   * One task, judged in its column (for the tab, which has the board's columns and people already).
   * `known`: the task as a write just left it, so it is not read again.
   */
  async task(taskId: string, known?: Task): Promise<TaskModel> {
    const task = known ?? (await this.client.tasks.get(taskId));
    const columns = task.boardId ? await this.columns(task.boardId) : [];
    return this.model(task, columns.find((c) => c.id === task.columnId)?.name ?? '');
  }

  /**
   * The person's own tasks across boards, each with its board and column, those in done columns only
   * counted. TeamFlame is asked as little as it can be: the tasks and the boards (names) at once, then the
   * columns of each board the tasks are on, once per board, in parallel.
   */
  async myTasks(): Promise<MyTasksModel> {
    const [tasks, boards] = await Promise.all([this.client.tasks.mine(), this.client.boards.mine()]);
    const boardIds = [...new Set(tasks.flatMap((task) => (task.boardId ? [task.boardId] : [])))];
    const columnLists = await Promise.all(boardIds.map((id) => this.columns(id).catch(unlessHidden([]))));
    const boardNames = new Map(boards.map((b) => [b.id, b.name]));
    const columnNames = new Map(columnLists.flat().map((c) => [c.id, c.name]));
    const open: MyTaskModel[] = [];
    for (const task of tasks) {
      const columnName = columnNames.get(task.columnId) ?? '';
      if (isDoneColumn(columnName)) continue;
      open.push({
        id: task.id,
        name: task.name,
        boardId: task.boardId ?? '',
        boardName: boardNames.get(task.boardId ?? '') ?? '',
        columnId: task.columnId,
        columnName,
        dueDate: dueDateOf(task),
      });
    }
    return { open, finished: tasks.length - open.length };
  }

  /**
   * Every board the person can see, each with its columns and tasks (one board load each, a few at a time).
   * A board that went away or was hidden between the two reads is left out.
   */
  async boardsWithTasks(): Promise<BoardTasksModel[]> {
    const boards = await this.client.boards.mine();
    const limit = pLimit(BOARD_LOADS_AT_ONCE);
    const loaded = await Promise.all(
      boards.map((board) =>
        limit(async () => {
          const layout = await this.client.loadBoard(board.id).catch(unlessHidden(undefined));
          if (!layout) return undefined;
          const columns = await this.columnModels(layout);
          return { id: board.id, name: board.name, columns };
        }),
      ),
    );
    return loaded.filter((board) => board !== undefined);
  }

  /** The people of a board: the members of its space (reads neither columns nor tasks). */
  async members(boardId: string): Promise<PersonModel[]> {
    const board = await this.boardInfo(boardId);
    const space = board.spaceId ? await this.space(board.spaceId) : undefined;
    return this.people(memberIdsOf(space?.users));
  }

  /** Every board the person can see, with its space and project, in title order. */
  async boardChoices(): Promise<BoardChoice[]> {
    const [spaces, boards] = await Promise.all([this.client.spaces.list(), this.client.boards.mine()]);
    const projects = await Promise.all(
      spaces.map((s) => this.client.projects.bySpace(s.id).catch(unlessHidden([]))),
    );
    const spaceNames = new Map(spaces.map((s) => [s.id, s.name]));
    const projectNames = new Map(projects.flat().map((p) => [p.id, p.name]));
    return boards
      .map((b) => ({
        id: b.id,
        name: b.name,
        path: [spaceNames.get(b.spaceId ?? ''), projectNames.get(b.projectId ?? '')]
          .filter(Boolean)
          .join(' / '),
      }))
      .sort((a, b) => `${a.path} / ${a.name}`.localeCompare(`${b.path} / ${b.name}`));
  }

  async spaces(): Promise<{ id: string; name: string }[]> {
    return (await this.client.spaces.list()).map((s) => ({ id: s.id, name: s.name }));
  }

  async projectsOfSpace(spaceId: string): Promise<{ id: string; name: string; spaceId: string }[]> {
    return (await this.client.projects.bySpace(spaceId)).map((p) => ({ id: p.id, name: p.name, spaceId }));
  }

  /** The boards of one project, each with its path. */
  async boardsOfProject(projectId: string): Promise<BoardChoice[]> {
    const project = await this.client.projects.get(projectId);
    const [boards, space] = await Promise.all([
      this.client.boards.byProject(projectId),
      project.space ? this.client.spaces.get(project.space).catch(unlessHidden(undefined)) : undefined,
    ]);
    const path = [space?.name, project.name].filter(Boolean).join(' / ');
    return boards.map((b) => ({ id: b.id, name: b.name, path }));
  }

  /** Every project the person can create a board in. */
  async projectChoices(): Promise<ProjectChoice[]> {
    const spaces = await this.client.spaces.list();
    const lists = await Promise.all(
      spaces.map(async (space) =>
        (await this.client.projects.bySpace(space.id)).map((p) => ({
          id: p.id,
          name: p.name,
          spaceId: space.id,
          spaceName: space.name,
        })),
      ),
    );
    return lists.flat();
  }

  private async model(task: Task, columnName: string): Promise<TaskModel> {
    const priority = task.priority;
    return {
      id: task.id,
      name: task.name,
      descriptionHtml: task.description ?? '',
      columnId: task.columnId,
      columnName,
      boardId: task.boardId ?? '',
      assignees: await this.people(task.users ?? []),
      dueDate: dueDateOf(task),
      overdue: isOverdue(task, columnName),
      dueSoon: isDueSoon(task, columnName),
      priority: priority === 'low' || priority === 'middle' || priority === 'high' ? priority : undefined,
      comments: (task.comments ?? []).map((c) => ({
        author: c.userName ?? '',
        textHtml: c.text,
        ...(c.createdAt ? { at: c.createdAt } : {}),
      })),
    };
  }
}

/**
 * For what only decorates an answer (a space's or project's name, a board's name on a task): gone, or not
 * visible to this person, leaves it out. Any other failure fails the read, as it would for the answer itself.
 */
export function unlessHidden<T>(fallback: T): (error: unknown) => T {
  return (error) => {
    if (error instanceof TeamFlameNotFoundError || error instanceof TeamFlameForbiddenError) return fallback;
    throw error;
  };
}

/** What the per-account cache calls a board's name and place, and its columns: writes drop them by these. */
export const boardKey = (boardId: string) => `board:${boardId}`;
export const columnsKey = (boardId: string) => `columns:${boardId}`;
