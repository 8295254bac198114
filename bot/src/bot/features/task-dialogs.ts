// Editing a task in Teams dialogs: its column, its people, its due date, a comment, its title and
// description. Each form is filled in with what the task has now; each submit writes through the domain as
// the person who submits, whose "task changed" path redraws every copy of the task's card — the one the
// dialog was opened from included. What cannot be written comes back in the form, with what was typed.
import { dialogTitle, taskDialogCard, type DialogName, type DialogValues } from '../cards/index.js';
import type { BotTurn } from '../core/bot-turn.js';
import { taskView } from '../core/card-views.js';
import type { BotRegistry, DialogForm, DialogOutcome } from '../core/registry.js';
import type { UserSession } from '../core/user-session.js';

const MAX_NAME = 500;
const DONE: DialogOutcome = { done: true };

async function readTask(turn: BotTurn, session: UserSession, taskId: string) {
  return taskView(await turn.services.boards.reader(session).taskDetail(taskId), turn.tabUrl.bind(turn));
}

async function form(
  turn: BotTurn,
  session: UserSession,
  dialog: DialogName,
  taskId: string,
  again: { values?: DialogValues; problem?: string } = {},
): Promise<DialogForm> {
  const task = await readTask(turn, session, taskId);
  return { title: dialogTitle(dialog, turn.t), card: taskDialogCard({ dialog, task, ...again }, turn.t) };
}

/** Nothing was written: the same form, with what was typed and what is wrong. */
async function refused(
  turn: BotTurn,
  session: UserSession,
  dialog: DialogName,
  taskId: string,
  values: DialogValues,
  problem: string,
): Promise<DialogOutcome> {
  return { done: false, form: await form(turn, session, dialog, taskId, { values, problem }) };
}

export function registerTaskDialogs(registry: BotRegistry): void {
  registry
    .dialog('move', {
      form: (turn, open, session) => form(turn, session, 'move', open.taskId),
      submit: async (turn, data, session) => {
        if (!data.columnId)
          return refused(turn, session, 'move', data.taskId, {}, turn.t('dialog.move.required'));
        await turn.services.boards.editTask(session, data.taskId, { columnId: data.columnId });
        return DONE;
      },
    })
    .dialog('assign', {
      form: (turn, open, session) => form(turn, session, 'assign', open.taskId),
      submit: async (turn, data, session) => {
        // Nobody chosen is an answer too: the task is unassigned.
        const assigneeIds = (data.assigneeIds ?? '')
          .split(',')
          .map((id) => id.trim())
          .filter(Boolean);
        await turn.services.boards.editTask(session, data.taskId, { assigneeIds });
        return DONE;
      },
    })
    .dialog('due', {
      form: (turn, open, session) => form(turn, session, 'due', open.taskId),
      submit: async (turn, data, session) => {
        if (!data.clear && !data.dueDate)
          return refused(turn, session, 'due', data.taskId, { dueDate: '' }, turn.t('dialog.due.required'));
        const dueDate = data.clear ? null : data.dueDate!;
        await turn.services.boards.editTask(session, data.taskId, { dueDate });
        return DONE;
      },
    })
    .dialog('comment', {
      form: (turn, open, session) => form(turn, session, 'comment', open.taskId),
      submit: async (turn, data, session) => {
        const text = data.comment?.trim() ?? '';
        if (!text)
          return refused(
            turn,
            session,
            'comment',
            data.taskId,
            { comment: data.comment ?? '' },
            turn.t('dialog.comment.required'),
          );
        await turn.services.boards.comment(session, data.taskId, text);
        return DONE;
      },
    })
    .dialog('edit', {
      form: (turn, open, session) => form(turn, session, 'edit', open.taskId),
      submit: async (turn, data, session) => {
        const name = data.name?.trim() ?? '';
        const typed = { name: data.name ?? '', description: data.description ?? '' };
        if (!name) return refused(turn, session, 'edit', data.taskId, typed, turn.t('dialog.edit.required'));
        if (name.length > MAX_NAME)
          return refused(
            turn,
            session,
            'edit',
            data.taskId,
            typed,
            turn.t('create.tooLong', { field: turn.t('dialog.edit.name'), max: MAX_NAME }),
          );
        // The form showed the description as plain text: it is written back only when it was changed, so
        // saving a new title keeps the description's formatting.
        const task = await readTask(turn, session, data.taskId);
        const descriptionText =
          data.description !== undefined && data.description.trim() !== task.description.trim()
            ? data.description.trim()
            : undefined;
        if (name === task.name && descriptionText === undefined) return DONE;
        await turn.services.boards.editTask(session, data.taskId, {
          name: name === task.name ? undefined : name,
          descriptionText,
        });
        return DONE;
      },
    });
}
