// "Create task from this message": the dialog's form, filled in from the message (title from its first
// line, the text as the description with who wrote it and a link back), starting at the board and column
// the person used last; and its submit, which creates the task as that person, once per form, and answers
// with the task card for them to post. What cannot be written keeps the dialog open saying why.
import { z } from 'zod';
import { failureOf, errorText } from '../../errors/index.js';
import { unlessHidden } from '../../boards/index.js';
import { toPlainText } from '../../teamflame/index.js';
import {
  composeTaskFormCard,
  placeValue,
  type ComposeTaskValues,
  type DialogData,
  type TaskPlaceChoice,
} from '../cards/index.js';
import { clip } from '../cards/clip.js';
import type { BotTurn } from '../core/bot-turn.js';
import { taskCardFor } from '../core/board-cards.js';
import { withinBudget } from '../core/invoke-budget.js';
import { runOnce } from '../core/run-once.js';
import type { UserSession } from '../core/user-session.js';
import { adaptive, dialogForm, dialogMessage, results, type ComposeAnswer } from './answers.js';
import type { MessagePayload } from './invokes.js';
import type { TaskIndex } from './task-index.js';

const MAX_NAME = 500;
/** Time kept back from the invoke budget to draw the form again when TeamFlame is slow. */
const FORM_MARGIN_MS = 300;
/** Room for the line naming the author and the link under the message's text. */
const MAX_MESSAGE_TEXT = 9000;

type FormData = DialogData<'fromMessage'>;

/** An earlier attempt got no clear answer and its task is not in TeamFlame (yet): nothing was written. */
const NOT_CONFIRMED = Symbol('not confirmed');

/** TeamFlame answered a create with neither yes nor no: the task may exist although we never heard so. */
const UNSURE = new Set([
  'teamflame-timeout',
  'teamflame-unreachable',
  'teamflame-failed',
  'teamflame-unreadable',
  'internal',
]);

/** The message as plain text, line breaks kept (Teams sends HTML for most messages). */
function messageText(message: MessagePayload | undefined): string {
  const body = message?.body;
  if (!body?.content) return '';
  const text = body.contentType === 'text' ? body.content : toPlainText(body.content);
  return text.replace(/\r\n?/g, '\n').trim();
}

/** The form as the message fills it in. */
function fromMessage(turn: BotTurn, message: MessagePayload | undefined): ComposeTaskValues {
  if (!message) return { name: '', description: '' };
  const text = messageText(message);
  const firstLine = text.split('\n').find((line) => line.trim()) ?? message.subject ?? '';
  const author =
    message.from?.user?.displayName || message.from?.application?.displayName || turn.t('compose.someone');
  const link =
    message.linkToMessage && /^https:\/\//.test(message.linkToMessage) ? message.linkToMessage : '';
  const source = link
    ? turn.t('compose.fromMessage', { author, link })
    : turn.t('compose.fromMessageNoLink', { author });
  return {
    name: clip(firstLine.trim(), MAX_NAME),
    description: [clip(text, MAX_MESSAGE_TEXT), source].filter(Boolean).join('\n\n'),
  };
}

export class CreateFromMessage {
  constructor(private readonly index: TaskIndex) {}

  /** composeExtension/fetchTask: the form, filled in from the message. */
  async form(
    turn: BotTurn,
    session: UserSession,
    message: MessagePayload | undefined,
  ): Promise<ComposeAnswer> {
    return this.showForm(turn, session, fromMessage(turn, message));
  }

  /** composeExtension/submitAction: the task created once, or the form again saying what is wrong. */
  async submit(turn: BotTurn, session: UserSession, data: FormData): Promise<ComposeAnswer> {
    const typed: ComposeTaskValues = {
      name: data.name ?? '',
      description: data.description ?? '',
      place: data.place ?? '',
      assigneeIds: data.assigneeIds ?? '',
      dueDate: data.dueDate ?? '',
    };
    const again = (problem: string) => this.showForm(turn, session, typed, problem, data.actionId);
    const name = typed.name.trim();
    if (!name) return again(turn.t('compose.nameRequired'));
    if (name.length > MAX_NAME)
      return again(turn.t('create.tooLong', { field: turn.t('compose.name'), max: MAX_NAME }));
    const dueDate = typed.dueDate?.trim() ?? '';
    if (dueDate && !z.iso.date().safeParse(dueDate).success) return again(turn.t('compose.badDate'));
    const [boardId, columnId] = (typed.place ?? '').split('/');
    if (!boardId || !columnId) return again(turn.t('compose.placeRequired'));
    const places = await this.places(turn, session);
    if (!places.some((p) => p.boardId === boardId && p.columnId === columnId))
      return again(turn.t('compose.boardGone'));
    const assigneeIds = (typed.assigneeIds ?? '')
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean);
    const input = {
      boardId,
      columnId,
      name,
      descriptionText: typed.description.trim(),
      assigneeIds,
      dueDate: dueDate || undefined,
    };

    const key = data.actionId ? `${session.user.id}:compose.fromMessage:${data.actionId}` : undefined;
    const unsureKey = key && `${key}:unsure`;
    let created;
    try {
      const creating = runOnce(
        turn.services,
        key,
        async (retaken) => {
          // An earlier attempt of this very form may have made the task without our hearing of it.
          const unsure = !retaken && unsureKey ? await this.wasUnsure(turn, unsureKey) : false;
          const late =
            (retaken || unsure) &&
            (await turn.services.boards.taskCreatedBefore(session, boardId, name, columnId));
          if (late) return late;
          if (unsure) {
            // Not there yet, and TeamFlame may still be making it: the person decides, and the next press
            // of the same form creates it.
            await turn.services.db.processedActions.release(unsureKey!);
            return NOT_CONFIRMED;
          }
          try {
            return await turn.services.boards.createTask(session, input);
          } catch (error) {
            if (unsureKey && UNSURE.has(failureOf(error).code)) await this.markUnsure(turn, unsureKey);
            throw error;
          }
        },
        (task) => (task === NOT_CONFIRMED ? undefined : { taskId: task.id }),
      );
      // Slower than Teams waits: the form stays open with the same key, so pressing Create again answers
      // with the task once it is made, and never makes a second.
      const budgetLeft = turn.services.invokeBudgetMs - (Date.now() - turn.startedAt) - FORM_MARGIN_MS;
      const outcome = await withinBudget(creating, Math.max(0, budgetLeft), (late) => {
        late.catch((error: unknown) =>
          turn.services.logger.warn({ err: String(error) }, 'a slow task creation from a message failed'),
        );
      });
      if (!outcome.inTime) return again(turn.t('compose.stillWorking'));
      created = outcome.value;
    } catch (error) {
      const failure = failureOf(error);
      if (failure.code === 'sign-in-expired') throw error;
      if (failure.unexpected)
        turn.services.logger.error({ err: String(error) }, 'could not create a task from a message');
      const { message, hint } = errorText(failure, turn.t);
      return again(hint ? `${message} ${hint}` : message);
    }
    if (!created.ran) {
      const earlier = created.earlier?.taskId;
      return typeof earlier === 'string'
        ? this.createdAnswer(turn, session, earlier)
        : again(turn.t('compose.stillWorking'));
    }
    if (created.value === NOT_CONFIRMED) return again(turn.t('compose.notConfirmed'));
    this.index.forget(session);
    await turn.services.db.preferences.rememberTaskPlace(session.user.id, boardId, columnId);
    return this.createdAnswer(turn, session, created.value.id);
  }

  /** The new task's card, for the person to post into the conversation (or discard). */
  private async createdAnswer(turn: BotTurn, session: UserSession, taskId: string): Promise<ComposeAnswer> {
    return results([adaptive(await taskCardFor(turn, session, taskId))]);
  }

  private async showForm(
    turn: BotTurn,
    session: UserSession,
    values: ComposeTaskValues,
    problem?: string,
    actionId?: string,
  ): Promise<ComposeAnswer> {
    const places = await this.places(turn, session);
    if (places.length === 0) return dialogMessage(turn.t('compose.noBoards'));
    // A place that is gone (or never was) is not kept: the form starts where it would start anew.
    const known = places.some((p) => placeValue(p.boardId, p.columnId) === values.place);
    const place = known ? values.place! : await this.lastPlace(turn, session, places);
    const boardId = place.split('/')[0] ?? '';
    const people = await turn.services.boards.reader(session).members(boardId).catch(unlessHidden([]));
    const card = composeTaskFormCard(
      { places, people, values: { ...values, place }, problem, actionId },
      turn.t,
    );
    return dialogForm(turn.t('compose.title'), card);
  }

  /** Where the person created a task last, if it is still there; else the first column of the first board. */
  private async lastPlace(turn: BotTurn, session: UserSession, places: TaskPlaceChoice[]): Promise<string> {
    const last = await turn.services.db.preferences.lastTaskPlaceOfUser(session.user.id);
    const chosen =
      (last && places.find((p) => p.boardId === last.boardId && p.columnId === last.columnId)) ??
      (last && places.find((p) => p.boardId === last.boardId)) ??
      places[0]!;
    return placeValue(chosen.boardId, chosen.columnId);
  }

  private async places(turn: BotTurn, session: UserSession): Promise<TaskPlaceChoice[]> {
    const boards = await this.index.boardsOf(turn, session);
    return boards.flatMap((board) =>
      board.columns.map((column) => ({
        boardId: board.id,
        boardName: board.name,
        columnId: column.id,
        columnName: column.name,
      })),
    );
  }

  /**
   * A create of this form got no clear answer from TeamFlame: remembered (as a kept idempotency key of its
   * own) so the next attempt of the same form looks for the task before making one.
   */
  private async markUnsure(turn: BotTurn, unsureKey: string): Promise<void> {
    const { processedActions } = turn.services.db;
    const claim = await processedActions.claim(unsureKey);
    if (claim.claimed) await processedActions.complete(unsureKey, { unsure: true });
  }

  private async wasUnsure(turn: BotTurn, unsureKey: string): Promise<boolean> {
    const { processedActions } = turn.services.db;
    const claim = await processedActions.claim(unsureKey);
    if (!claim.claimed) return true;
    await processedActions.release(unsureKey);
    return false;
  }
}
