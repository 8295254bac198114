// Runs Teams dialogs: a task card's button sends task/fetch and gets a form; the form's button sends
// task/submit and the write goes through the domain, or the form comes back saying what is wrong. Like
// card actions: data validated first, sign-in asked for (in the dialog) and then the asked-for form shown,
// a resent or double submit written once, every answer within the invoke budget. A finished write closes
// the dialog; the card it was opened from is redrawn in place with every other copy of the task's card.
import type { TaskModuleResponse } from 'botbuilder';
import { errorText, failureOf } from '../../errors/index.js';
import {
  dialogSignInCard,
  dialogTitle,
  parseDialogOpen,
  parseDialogSubmit,
  type DialogData,
  type DialogOpen,
} from '../cards/index.js';
import type { BotTurn } from './bot-turn.js';
import { withinBudget } from './invoke-budget.js';
import type { BotRegistry, DialogForm } from './registry.js';
import { runOnce } from './run-once.js';
import { signInTeamsUser } from './teams-sign-in.js';
import type { UserSession } from './user-session.js';

/** Half the Teams window; the height follows the form. */
const DIALOG_WIDTH = 'medium';

/** The dialog shows this form (a new one, or the same one again with what is wrong). */
function showForm(turn: BotTurn, form: DialogForm): TaskModuleResponse {
  return {
    task: {
      type: 'continue',
      value: {
        title: form.title,
        width: DIALOG_WIDTH,
        card: { contentType: 'application/vnd.microsoft.card.adaptive', content: turn.finished(form.card) },
      },
    },
  };
}

/** The dialog shows a line of text instead of a form. */
function showMessage(text: string): TaskModuleResponse {
  return { task: { type: 'message', value: text } };
}

/** Answering a task/submit with no task closes the dialog. */
const CLOSE = undefined;

export class DialogDispatcher {
  constructor(private readonly registry: BotRegistry) {}

  /** task/fetch: the form of the dialog the button names. Never throws. */
  async fetch(turn: BotTurn, request: unknown): Promise<TaskModuleResponse> {
    const open = parseDialogOpen(dataOf(request));
    if (!open.ok) return showMessage(turn.t('dialog.invalid', { detail: open.fields.join(', ') }));
    // A dialog speaks the language of the card whose button opened it.
    if (open.value.lang) turn.answerIn(open.value.lang);
    const work = (async () => {
      const session = await turn.session();
      if (!session) return this.signInForm(turn, open.value);
      const answer = await this.form(turn, open.value, session);
      await this.rememberOrigin(turn, open.value.taskId);
      return answer;
    })().catch((error: unknown) => this.failure(turn, error, open.value));
    return this.inTime(turn, work, turn.t('dialog.slow'));
  }

  /** task/submit: the write, or the form again. Never throws. */
  async submit(turn: BotTurn, request: unknown): Promise<TaskModuleResponse | undefined> {
    const parsed = parseDialogSubmit(dataOf(request));
    if (!parsed.ok) return showMessage(turn.t('dialog.invalid', { detail: parsed.fields.join(', ') }));
    const data = parsed.value;
    if (data.lang) turn.answerIn(data.lang);
    // The message extension's form is submitted with composeExtension/submitAction (bot/compose), never here.
    if (data.dialog === 'fromMessage') return showMessage(turn.t('dialog.invalid', { detail: 'dialog' }));
    if (data.dialog === 'signIn') {
      const signingIn = this.signIn(turn, data).catch((error: unknown) =>
        this.failure(turn, error, data.then),
      );
      return this.inTime(turn, signingIn, turn.t('dialog.slow'));
    }
    const asked = { dialog: data.dialog, taskId: data.taskId, lang: data.lang };
    const work = (async () => {
      const session = await turn.session();
      if (!session) return this.signInForm(turn, asked);
      const route = this.registry.dialogs.find(data.dialog);
      if (!route) throw new Error(`no dialog "${data.dialog}" is registered`);
      const key = data.actionId ? `${session.user.id}:dialog.${data.dialog}:${data.actionId}` : undefined;
      const outcome = await runOnce(
        turn.services,
        key,
        () => route.submit(turn, data as never, session),
        (result) => (result.done ? { done: true } : undefined),
      );
      // An earlier run of this very submit wrote (the dialog closes) or is still writing.
      if (!outcome.ran) return outcome.earlier ? CLOSE : showMessage(turn.t('dialog.working'));
      return outcome.value.done ? CLOSE : showForm(turn, outcome.value.form);
    })().catch((error: unknown) => this.failure(turn, error, asked));
    // A write that outlasts the budget still finishes, and the task card shows it then.
    return this.inTime(turn, work, turn.t('dialog.working'));
  }

  private async form(turn: BotTurn, open: DialogOpen, session: UserSession): Promise<TaskModuleResponse> {
    const route = this.registry.dialogs.find(open.dialog);
    if (!route) throw new Error(`no dialog "${open.dialog}" is registered`);
    return showForm(turn, await route.form(turn, open, session));
  }

  /** The sign-in form's submit: signed in, the form the person asked for; refused, the form again. */
  private async signIn(turn: BotTurn, data: DialogData<'signIn'>): Promise<TaskModuleResponse> {
    const email = data.email?.trim() ?? '';
    const password = data.password ?? '';
    if (!email || !password)
      return this.signInForm(turn, data.then, { email, error: turn.t('signIn.missingFields') });
    const signedIn = await signInTeamsUser(turn, email, password);
    if (!signedIn.ok) return this.signInForm(turn, data.then, { email, error: signedIn.reason });
    return this.form(turn, data.then, signedIn.account);
  }

  private signInForm(
    turn: BotTurn,
    then: DialogOpen,
    attempt: { email?: string; error?: string } = {},
  ): TaskModuleResponse {
    const browserUrl = `${turn.services.publicUrl}/#/signin`;
    return showForm(turn, {
      title: dialogTitle('signIn', turn.t),
      card: dialogSignInCard({ then, browserUrl, ...attempt }, turn.t),
    });
  }

  /**
   * Teams sends the id of the message whose button opened the dialog with task/fetch (not with
   * task/submit): that message shows the task, so the task's card copies include it and it is redrawn in
   * place after the write, like every other copy.
   */
  private async rememberOrigin(turn: BotTurn, taskId: string): Promise<void> {
    const activityId = turn.activity.replyToId;
    if (!activityId) return;
    await turn.services.db.sentCards.record({
      conversationId: turn.conversationId,
      activityId,
      taskId,
      cardKind: 'task',
    });
  }

  /** An expired sign-in asks to sign in again (then shows the form); anything else is said in words. */
  private async failure(turn: BotTurn, error: unknown, asked: DialogOpen): Promise<TaskModuleResponse> {
    const failure = failureOf(error);
    const { message, hint } = errorText(failure, turn.t);
    if (failure.code === 'sign-in-expired') {
      const account = await turn.session();
      if (account) await turn.services.accounts.authFailed(account);
      return this.signInForm(turn, asked, { error: message });
    }
    if (failure.unexpected)
      turn.services.logger.error({ err: String(error) }, 'unexpected error in a dialog');
    return showMessage(hint ? `${message} ${hint}` : message);
  }

  /**
   * The answer within the invoke budget, counted from the activity's arrival; else `slow`. Even a failure
   * to describe a failure (the database gone too) is answered in words, never with a 500.
   */
  private async inTime<T>(turn: BotTurn, work: Promise<T>, slow: string): Promise<T | TaskModuleResponse> {
    const budgetLeft = Math.max(0, turn.services.invokeBudgetMs - (Date.now() - turn.startedAt));
    const unfailing = work.catch((error: unknown) => {
      turn.services.logger.error({ err: String(error) }, 'a dialog could not be answered');
      return showMessage(errorText(failureOf(error), turn.t).message);
    });
    const outcome = await withinBudget(unfailing, budgetLeft, () => undefined);
    return outcome.inTime ? outcome.value : showMessage(slow);
  }
}

function dataOf(request: unknown): unknown {
  return request && typeof request === 'object' ? (request as { data?: unknown }).data : undefined;
}
