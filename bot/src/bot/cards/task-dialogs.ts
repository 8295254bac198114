// The forms shown in Teams dialogs: one per thing a task card's buttons change, and a sign-in form for
// someone not signed in yet. Each form submits its inputs with the dialog's name, the task and a fresh
// idempotency key; a refused attempt comes back with what was typed and what is wrong.
import { randomUUID } from 'node:crypto';
import type { TFunction } from '../../i18n/index.js';
import type { DialogName, DialogOpen } from './actions.js';
import { renderCard } from './render.js';
import assignTemplate from './templates/dialog-assign.json' with { type: 'json' };
import commentTemplate from './templates/dialog-comment.json' with { type: 'json' };
import dueTemplate from './templates/dialog-due.json' with { type: 'json' };
import editTemplate from './templates/dialog-edit.json' with { type: 'json' };
import moveTemplate from './templates/dialog-move.json' with { type: 'json' };
import signInTemplate from './templates/dialog-sign-in.json' with { type: 'json' };
import type { TaskView } from './view-models.js';

/** A checkbox per member up to this many; a longer list is a searchable multi-select. */
const MAX_CHECKBOXES = 8;

/** What a form shows in its inputs: what the task has now, or what was typed into a refused attempt. */
export interface DialogValues {
  columnId?: string;
  /** Comma-separated, as Teams sends a multi-select. */
  assigneeIds?: string;
  dueDate?: string;
  comment?: string;
  name?: string;
  description?: string;
}

export interface TaskDialogData {
  dialog: DialogName;
  task: TaskView;
  /** Defaults to what the task has now. */
  values?: DialogValues;
  problem?: string;
}

const templates: Record<DialogName, object> = {
  move: moveTemplate,
  assign: assignTemplate,
  due: dueTemplate,
  comment: commentTemplate,
  edit: editTemplate,
};

function currentValues(task: TaskView): Required<DialogValues> {
  return {
    columnId: task.columnId,
    assigneeIds: task.assignees.map((a) => a.id).join(','),
    dueDate: task.dueDate ?? '',
    comment: '',
    name: task.name,
    description: task.description,
  };
}

/** Each dialog's words: the form's labels and its button. */
function words(dialog: DialogName, t: TFunction): Record<string, string> {
  switch (dialog) {
    case 'move':
      return {
        label: t('dialog.move.label'),
        required: t('dialog.move.required'),
        submit: t('dialog.move.submit'),
      };
    case 'assign':
      return {
        label: t('dialog.assign.label'),
        placeholder: t('dialog.assign.placeholder'),
        nobodyOnBoard: t('dialog.assign.nobodyOnBoard'),
        submit: t('dialog.save'),
      };
    case 'due':
      return {
        label: t('dialog.due.label'),
        required: t('dialog.due.required'),
        submit: t('dialog.due.submit'),
        clear: t('dialog.due.clear'),
      };
    case 'comment':
      return {
        label: t('dialog.comment.label'),
        placeholder: t('dialog.comment.placeholder'),
        required: t('dialog.comment.required'),
        submit: t('dialog.comment.submit'),
      };
    case 'edit':
      return {
        name: t('dialog.edit.name'),
        required: t('dialog.edit.required'),
        description: t('dialog.edit.description'),
        submit: t('dialog.save'),
      };
  }
}

/** The title Teams shows above a dialog. */
export function dialogTitle(dialog: DialogName | 'signIn', t: TFunction): string {
  return t(`dialog.${dialog}.title`);
}

export function taskDialogCard(data: TaskDialogData, t: TFunction) {
  const { task } = data;
  return renderCard(templates[data.dialog], {
    task,
    values: { ...currentValues(task), ...data.values },
    problem: data.problem ?? '',
    actionId: randomUUID(),
    choiceStyle: task.members.length > MAX_CHECKBOXES ? 'filtered' : 'expanded',
    s: words(data.dialog, t),
  });
}

export interface DialogSignInData {
  /** The dialog the person asked for: shown right after they sign in. */
  then: DialogOpen;
  browserUrl: string;
  /** The email to keep after a failed attempt. Never the password. */
  email?: string;
  error?: string;
}

/** A dialog opened by someone not signed in: the sign-in form, then the dialog they asked for. */
export function dialogSignInCard(data: DialogSignInData, t: TFunction) {
  return renderCard(signInTemplate, {
    then: data.then,
    browserUrl: data.browserUrl,
    email: data.email ?? '',
    error: data.error ?? '',
    s: {
      intro: t('dialog.signIn.intro'),
      email: t('signIn.email'),
      emailRequired: t('signIn.emailRequired'),
      password: t('signIn.password'),
      passwordRequired: t('signIn.passwordRequired'),
      submit: t('signIn.submit'),
      browser: t('signIn.browser'),
    },
  });
}
