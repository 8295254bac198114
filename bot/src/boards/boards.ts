// Reading and changing boards as a person: the domain the bot's features, the tab's API and the notifier
// all call. Every task write ends in the one "task changed" path.
import type { Account } from '../accounts/index.js';
import type { Database } from '../data/index.js';
import type { Logger } from '../logger.js';
import {
  TeamFlameNotFoundError,
  typedTextToHtml,
  type Board,
  type Column,
  type Task,
} from '../teamflame/index.js';
import { PeopleNames } from './people-names.js';
import { BoardReader, unlessHidden } from './read-model.js';
import { isDoneColumn, teamflameDueDate } from './rules.js';
import { TaskChanges, type TaskChange } from './task-changed.js';

// Descriptions and comments come in as the person typed them, from whichever surface; TeamFlame stores rich
// text, and this domain is the one place that converts (typedTextToHtml), so no surface ever sends HTML.

export interface NewTaskInput {
  boardId: string;
  /** The board's first column when not given. */
  columnId?: string;
  /** Plain text: TeamFlame shows names as they are. */
  name: string;
  /** What the person typed, line breaks included; stored as the rich text that shows exactly that. */
  descriptionText?: string;
  assigneeIds?: string[];
  /** A calendar date (YYYY-MM-DD). */
  dueDate?: string;
}

/** Only the fields given change. `dueDate` is a calendar date; null clears it. */
export interface TaskEdit {
  /** Plain text: TeamFlame shows names as they are. */
  name?: string;
  /** What the person typed, line breaks included; replaces the description ("" clears it). */
  descriptionText?: string;
  columnId?: string;
  assigneeIds?: string[];
  dueDate?: string | null;
  /** "" clears it. */
  priority?: 'low' | 'middle' | 'high' | '';
}

type Origin = TaskChange['origin'];

/** What marking a task done came to; `column` is the done column it is (now) in. */
export type FinishOutcome =
  | { kind: 'moved'; taskName: string; column: string }
  | { kind: 'already-done'; taskName: string; column: string }
  | { kind: 'no-done-column'; taskName: string };

export interface BoardsDeps {
  db: Database;
  logger: Logger;
  /** A conversation started following a board: take its first snapshot, so only later changes are told. */
  firstSnapshot: (boardId: string) => Promise<unknown>;
}

export class Boards {
  readonly changes: TaskChanges;
  private readonly names = new PeopleNames();

  constructor(private readonly deps: BoardsDeps) {
    this.changes = new TaskChanges(deps.logger);
  }

  /** What this person sees. */
  reader(account: Account): BoardReader {
    return new BoardReader(account, this.names);
  }

  /** Where a new task goes: the chosen column, else the board's first. */
  async placeOfNewTask(account: Account, boardId: string, columnId?: string) {
    const board = await account.client.boards.get(boardId);
    const target = columnId || board.columns?.[0] || (await account.client.columns.byBoard(boardId))[0]?.id;
    if (!target) throw new Error('the board has no columns');
    return { board, columnId: target };
  }

  async createTask(account: Account, input: NewTaskInput, origin?: Origin): Promise<Task> {
    const place = await this.placeOfNewTask(account, input.boardId, input.columnId);
    const task = await account.client.tasks.create({
      name: input.name,
      description: typedTextToHtml(input.descriptionText ?? ''),
      columnId: place.columnId,
      boardId: place.board.id,
      projectId: place.board.projectId ?? '',
      spaceId: place.board.spaceId ?? '',
      assigneeIds: input.assigneeIds,
      endDate: input.dueDate ? teamflameDueDate(input.dueDate) : undefined,
    });
    this.changes.taskChanged({
      taskId: task.id,
      boardId: place.board.id,
      actor: account,
      origin,
      source: 'app',
    });
    return task;
  }

  /** Applies an edit: the column through TeamFlame's change-column, the rest through one update. */
  async editTask(account: Account, taskId: string, edit: TaskEdit, origin?: Origin): Promise<void> {
    const { client } = account;
    const task = await client.tasks.get(taskId);
    if (edit.columnId && edit.columnId !== task.columnId)
      await client.tasks.changeColumn(task, edit.columnId);
    const { name, descriptionText, assigneeIds, dueDate, priority } = edit;
    if ([name, descriptionText, assigneeIds, dueDate, priority].some((v) => v !== undefined)) {
      await client.tasks.update(taskId, {
        name,
        description: descriptionText === undefined ? undefined : typedTextToHtml(descriptionText),
        priority,
        assigneeIds: assigneeIds && [...new Set(assigneeIds)],
        endDate: dueDate === undefined ? undefined : dueDate === null ? null : teamflameDueDate(dueDate),
      });
    }
    this.changed(account, task, origin);
  }

  /**
   * Moves the task to its board's done column (the first, in board order, when there are several) through
   * the one edit path. A task already in a done column stays where it is, so a late second click never
   * moves a closed task back to "done".
   */
  async finishTask(account: Account, taskId: string, origin?: Origin): Promise<FinishOutcome> {
    const task = await account.client.tasks.get(taskId);
    const columns = task.boardId ? await account.client.columns.byBoard(task.boardId) : [];
    const current = columns.find((c) => c.id === task.columnId);
    if (current && isDoneColumn(current.name))
      return { kind: 'already-done', taskName: task.name, column: current.name };
    const done = columns.find((c) => isDoneColumn(c.name));
    if (!done) return { kind: 'no-done-column', taskName: task.name };
    await this.editTask(account, taskId, { columnId: done.id }, origin);
    return { kind: 'moved', taskName: task.name, column: done.name };
  }

  /** `typedText`: what the person wrote, line breaks included; stored as rich text showing exactly that. */
  async comment(account: Account, taskId: string, typedText: string, origin?: Origin): Promise<void> {
    await account.client.comments.create(taskId, typedTextToHtml(typedText));
    this.changed(account, await account.client.tasks.get(taskId), origin);
  }

  async createColumn(
    account: Account,
    boardId: string,
    name: string,
  ): Promise<{ board: Board; column: Column }> {
    const board = await account.client.boards.get(boardId);
    const column = await account.client.columns.create({
      name,
      boardId: board.id,
      spaceId: board.spaceId ?? '',
      projectId: board.projectId ?? '',
    });
    return { board, column };
  }

  /** Renames a column of the board; a column of another board is not found. */
  async renameColumn(account: Account, boardId: string, columnId: string, name: string): Promise<Column> {
    const column = (await account.client.columns.byBoard(boardId)).find((c) => c.id === columnId);
    if (!column) throw new TeamFlameNotFoundError();
    return account.client.columns.rename(column, name);
  }

  async createBoard(account: Account, projectId: string, name: string): Promise<Board> {
    const project = await account.client.projects.get(projectId);
    return account.client.boards.create({ name, spaceId: project.space ?? '', projectId: project.id });
  }

  /** The conversation follows the board (one the person can see); idempotent. */
  async follow(account: Account, conversationId: string, boardId: string): Promise<Board> {
    const board = await account.client.boards.get(boardId);
    await this.deps.db.subscriptions.subscribe(conversationId, board.id, account.user.id);
    await this.deps.firstSnapshot(board.id);
    return board;
  }

  /** Idempotent: a board not followed is unfollowed too. False when the conversation did not follow it. */
  unfollow(conversationId: string, boardId: string): Promise<boolean> {
    return this.deps.db.subscriptions.unsubscribe(conversationId, boardId);
  }

  /** The boards a conversation follows, named as this person sees them (by id when hidden from them). */
  async followed(account: Account, conversationId: string): Promise<{ id: string; name: string }[]> {
    const subscriptions = await this.deps.db.subscriptions.forConversation(conversationId);
    return Promise.all(
      subscriptions.map(async ({ boardId }) => ({
        id: boardId,
        name: (await account.client.boards.get(boardId).catch(unlessHidden(undefined)))?.name ?? boardId,
      })),
    );
  }

  private changed(account: Account, task: Task, origin: Origin): void {
    if (task.boardId)
      this.changes.taskChanged({
        taskId: task.id,
        boardId: task.boardId,
        actor: account,
        origin,
        source: 'app',
      });
  }
}
