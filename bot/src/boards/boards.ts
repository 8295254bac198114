// Reading and changing boards as a person: the domain the bot's features, the tab's API and the notifier
// all call. Every task write ends in the one "task changed" path.
import type { Account } from '../accounts/index.js';
import type { Database } from '../data/index.js';
import type { Logger } from '../logger.js';
import {
  displayName,
  TeamFlameNotFoundError,
  typedTextToHtml,
  type Board,
  type Column,
  type Task,
} from '../teamflame/index.js';
import { accountName } from '../accounts/index.js';
import { AccountCache } from './account-cache.js';
import { changeDetail, type ChangeDetail } from './change-details.js';
import { deliveryOf, deliverySettings, type Delivery } from './delivery.js';
import { boardKey, BoardReader, columnsKey } from './read-model.js';
import { dueDateOf, isDoneColumn, teamflameDueDate } from './rules.js';
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

/** A board a conversation follows, and how its changes arrive there. */
export interface FollowedBoard {
  id: string;
  name: string;
  /** "Space / Project"; empty when the board is hidden from the person asking. */
  path: string;
  delivery: Delivery;
  timeZone: string | null;
}

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
  /** A board's surroundings per account, briefly: dropped here whenever this app changes them. */
  private readonly cache = new AccountCache();

  constructor(private readonly deps: BoardsDeps) {
    this.changes = new TaskChanges(deps.logger);
  }

  /** What this person sees; `fresh` (a Refresh) reads afresh what is otherwise kept for a few seconds. */
  reader(account: Account, options: { fresh?: boolean } = {}): BoardReader {
    return new BoardReader(account, this.cache, options.fresh);
  }

  /** Where a new task goes: the chosen column, else the board's first. */
  async placeOfNewTask(account: Account, boardId: string, columnId?: string) {
    const board = await account.client.boards.get(boardId);
    const target = columnId || board.columns?.[0] || (await account.client.columns.byBoard(boardId))[0]?.id;
    if (!target) throw new Error('the board has no columns');
    return { board, columnId: target };
  }

  /**
   * The task an interrupted creation by this person made, if TeamFlame has it: the newest task of that name
   * in the column it was going to, made by this person when TeamFlame names who made it. TeamFlame keeps no
   * creation time or request id, so this is the evidence; it is asked only when a creation may have reached
   * TeamFlame without its answer reaching us (a resend after a crash, a retry after a timeout), never for
   * a new click.
   */
  async taskCreatedBefore(
    account: Account,
    boardId: string,
    name: string,
    columnId?: string,
  ): Promise<Task | undefined> {
    const place = await this.placeOfNewTask(account, boardId, columnId);
    const tasks = await account.client.tasks.byColumn(place.columnId);
    const me = account.user.teamflameName;
    const madeByMe = (task: Task) => {
      const creator = task.creator && (task.creator.name ?? displayName({ ...task.creator, id: '' }));
      return !creator || !me || creator === me;
    };
    return tasks.filter((task) => task.name === name && madeByMe(task)).at(-1);
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
    await this.recordActor(account, place.board.id, task.id, [changeDetail.created()]);
    this.changes.taskChanged({
      taskId: task.id,
      boardId: place.board.id,
      actor: account,
      origin,
      source: 'app',
    });
    return task;
  }

  /**
   * Applies an edit: the column through TeamFlame's change-column, the rest through one update. The task is
   * read once; what it is now is known from the write, so nobody reads it again: it is returned, and the
   * "task changed" path shows it as it is.
   */
  async editTask(account: Account, taskId: string, edit: TaskEdit, origin?: Origin): Promise<Task> {
    return this.applyEdit(account, await account.client.tasks.get(taskId), edit, origin);
  }

  private async applyEdit(account: Account, read: Task, edit: TaskEdit, origin?: Origin): Promise<Task> {
    const { client } = account;
    let task = read;
    if (edit.columnId && edit.columnId !== task.columnId) {
      await client.tasks.changeColumn(task, edit.columnId);
      task = { ...task, columnId: edit.columnId };
    }
    const { name, descriptionText, assigneeIds, dueDate, priority } = edit;
    if ([name, descriptionText, assigneeIds, dueDate, priority].some((v) => v !== undefined)) {
      task = await client.tasks.update(task, {
        name,
        description: descriptionText === undefined ? undefined : typedTextToHtml(descriptionText),
        priority,
        assigneeIds: assigneeIds && [...new Set(assigneeIds)],
        endDate: dueDate === undefined ? undefined : dueDate === null ? null : teamflameDueDate(dueDate),
      });
    }
    // What changed is judged against the task as it was before this edit.
    if (task.boardId) await this.recordActor(account, task.boardId, task.id, editedDetails(read, edit));
    this.changed(account, task, origin);
    return task;
  }

  /**
   * Moves the task to its board's done column (the first, in board order, when there are several) through
   * the one edit path. A task already in a done column stays where it is, so a late second click never
   * moves a closed task back to "done".
   */
  async finishTask(account: Account, taskId: string, origin?: Origin): Promise<FinishOutcome> {
    const task = await account.client.tasks.get(taskId);
    const columns = task.boardId ? await this.reader(account).columns(task.boardId) : [];
    const current = columns.find((c) => c.id === task.columnId);
    if (current && isDoneColumn(current.name))
      return { kind: 'already-done', taskName: task.name, column: current.name };
    const done = columns.find((c) => isDoneColumn(c.name));
    if (!done) return { kind: 'no-done-column', taskName: task.name };
    await this.applyEdit(account, task, { columnId: done.id }, origin);
    return { kind: 'moved', taskName: task.name, column: done.name };
  }

  /** `typedText`: what the person wrote, line breaks included; stored as rich text showing exactly that. */
  async comment(account: Account, taskId: string, typedText: string, origin?: Origin): Promise<Task> {
    await account.client.comments.create(taskId, typedTextToHtml(typedText));
    // Read after the write: the task with its new comment, which nobody reads again.
    const task = await account.client.tasks.get(taskId);
    if (task.boardId) await this.recordActor(account, task.boardId, taskId, [changeDetail.commented()]);
    this.changed(account, task, origin);
    return task;
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
    this.cache.invalidate(columnsKey(board.id));
    this.cache.invalidate(boardKey(board.id)); // its list of columns
    return { board, column };
  }

  /** Renames a column of the board; a column of another board is not found. */
  async renameColumn(account: Account, boardId: string, columnId: string, name: string): Promise<Column> {
    const column = (await account.client.columns.byBoard(boardId)).find((c) => c.id === columnId);
    if (!column) throw new TeamFlameNotFoundError();
    const renamed = await account.client.columns.rename(column, name);
    this.cache.invalidate(columnsKey(boardId));
    return renamed;
  }

  async createBoard(account: Account, projectId: string, name: string): Promise<Board> {
    const project = await account.client.projects.get(projectId);
    return account.client.boards.create({ name, spaceId: project.space ?? '', projectId: project.id });
  }

  /**
   * The conversation follows the board (one the person can see), delivered as chosen: following again
   * changes only the delivery; with none chosen (the tab), a board followed already keeps its delivery and
   * a new one gets every change at once. `timeZone`: the conversation's, as Teams told it (digests due at a
   * time of day count in it; UTC when unknown).
   */
  async follow(
    account: Account,
    conversationId: string,
    boardId: string,
    chosen?: Delivery,
    timeZone?: string,
  ): Promise<Board> {
    const board = await account.client.boards.get(boardId);
    const existing = chosen ? undefined : await this.deps.db.subscriptions.get(conversationId, board.id);
    if (existing) return board;
    const delivery = chosen ?? { mode: 'instant' };
    await this.deps.db.subscriptions.subscribe(
      conversationId,
      board.id,
      account.user.id,
      deliverySettings(delivery, timeZone),
    );
    await this.deps.firstSnapshot(board.id);
    return board;
  }

  /**
   * The person follows their own tasks, in their personal chat: every board they can see is polled for
   * them, and a board nobody follows yet gets its first snapshot now, so they hear of every change from now
   * on and of none before. The notifier checks the boards again now and then (recheckMyTasksBoards).
   */
  async followMyTasks(account: Account, conversationId: string): Promise<void> {
    const boardIds = await this.myBoardIds(account);
    await this.deps.db.personalFollows.follow(account.user.id, conversationId, boardIds);
    await this.snapshotFirstTime(boardIds);
  }

  /** A follower of their tasks gets boards shared with them since in their stream, and loses boards gone. */
  async recheckMyTasksBoards(account: Account): Promise<void> {
    const boardIds = await this.myBoardIds(account);
    await this.deps.db.personalFollows.setBoards(account.user.id, boardIds);
    await this.snapshotFirstTime(boardIds);
  }

  private async myBoardIds(account: Account): Promise<string[]> {
    return (await account.client.boards.mine()).map((b) => b.id);
  }

  private async snapshotFirstTime(boardIds: string[]): Promise<void> {
    for (const boardId of boardIds)
      if (!(await this.deps.db.snapshots.get(boardId))) await this.deps.firstSnapshot(boardId);
  }

  /** False when the person did not follow their tasks. */
  unfollowMyTasks(account: Account): Promise<boolean> {
    return this.deps.db.personalFollows.unfollow(account.user.id);
  }

  /** Idempotent: a board not followed is unfollowed too. False when the conversation did not follow it. */
  unfollow(conversationId: string, boardId: string): Promise<boolean> {
    return this.deps.db.subscriptions.unsubscribe(conversationId, boardId);
  }

  /**
   * The boards a conversation follows, with their space / project path and delivery, named as this person
   * sees them (by id when hidden from them).
   */
  async followed(account: Account, conversationId: string): Promise<FollowedBoard[]> {
    const subscriptions = await this.deps.db.subscriptions.forConversation(conversationId);
    if (subscriptions.length === 0) return [];
    const visible = new Map((await this.reader(account).boardChoices()).map((b) => [b.id, b]));
    return subscriptions.map((subscription) => {
      const board = visible.get(subscription.boardId);
      return {
        id: subscription.boardId,
        name: board?.name ?? subscription.boardId,
        path: board?.path ?? '',
        delivery: deliveryOf(subscription),
        timeZone: subscription.timeZone,
      };
    });
  }

  /**
   * Remembers who made these changes, so that followers are told the person's name when the notifier finds
   * them (TeamFlame itself does not say who changed a task). Recorded once here, whichever surface wrote:
   * the bot, the tab or the message extension. The write is made already: failing to record only leaves
   * the change unnamed, so it is logged, not thrown.
   */
  private async recordActor(
    account: Account,
    boardId: string,
    taskId: string,
    details: ChangeDetail[],
  ): Promise<void> {
    const actor = { teamflameUserId: account.user.teamflameUserId, name: accountName(account.user) };
    try {
      for (const { kind, detail } of details)
        await this.deps.db.appChanges.record({
          boardId,
          taskId,
          kind,
          detail,
          actorUserId: account.user.id,
          actor,
        });
    } catch (error) {
      this.deps.logger.warn({ err: String(error), taskId }, 'could not record who changed a task');
    }
  }

  private changed(account: Account, task: Task, origin: Origin): void {
    if (task.boardId)
      this.changes.taskChanged({
        taskId: task.id,
        boardId: task.boardId,
        actor: account,
        origin,
        source: 'app',
        task,
      });
  }
}

/** What an edit changes on the task as it was before it, field by field (fields left as they were: none). */
function editedDetails(before: Task, edit: TaskEdit): ChangeDetail[] {
  const details: ChangeDetail[] = [];
  if (edit.columnId && edit.columnId !== before.columnId) details.push(changeDetail.moved(edit.columnId));
  if (edit.assigneeIds) {
    const after = changeDetail.assigned(edit.assigneeIds);
    if (JSON.stringify(after) !== JSON.stringify(changeDetail.assigned(before.users ?? [])))
      details.push(after);
  }
  if (edit.dueDate !== undefined && edit.dueDate !== (dueDateOf(before) ?? null))
    details.push(changeDetail.due(edit.dueDate));
  if (edit.name !== undefined && edit.name !== before.name) details.push(changeDetail.renamed(edit.name));
  return details;
}
