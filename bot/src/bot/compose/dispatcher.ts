// Runs the message extension's invokes (composeExtension/*) the way card actions and dialogs are run: the
// value validated first (a clear 400 when it does not fit), the person's sign-in checked, every answer
// within the invoke budget, and any failure said in words — never a 500.
import type { InvokeResponse } from 'botbuilder';
import { errorText, failureOf } from '../../errors/index.js';
import { parseDialogSubmit } from '../cards/index.js';
import type { BotTurn } from '../core/bot-turn.js';
import { withinBudget } from '../core/invoke-budget.js';
import { Router } from '../core/router.js';
import type { UserSession } from '../core/user-session.js';
import { dialogMessage, results, searchMessage, signInPrompt, type ComposeAnswer } from './answers.js';
import { CreateFromMessage } from './create-from-message.js';
import { FindTask } from './find-task.js';
import {
  isComposeInvoke,
  parseComposeValue,
  searchWords,
  type ComposeInvokeName,
  type ComposeValue,
} from './invokes.js';
import { TaskIndex } from './task-index.js';
import { linkedTaskId, signInToUnfurl, unfurl } from './unfurl.js';

interface ComposeRoute<N extends ComposeInvokeName = ComposeInvokeName> {
  /** The answer for someone who is not signed in. */
  signedOut: (turn: BotTurn, value: ComposeValue<N>) => ComposeAnswer | Promise<ComposeAnswer>;
  handle: (turn: BotTurn, value: ComposeValue<N>, session: UserSession) => Promise<ComposeAnswer>;
  /** What Teams shows when the work outlasts the invoke budget (the work still finishes). */
  slow: (turn: BotTurn) => ComposeAnswer;
  /** What Teams shows when the work failed: the message in the user's words. */
  failed: (text: string) => ComposeAnswer;
}

function badRequest(message: string): InvokeResponse {
  return { status: 400, body: { code: 'BadRequest', message } };
}

export class ComposeDispatcher {
  private readonly routes = new Router<ComposeInvokeName, ComposeRoute>();

  constructor() {
    const index = new TaskIndex();
    const creating = new CreateFromMessage(index);
    const finding = new FindTask(index);
    // Teams opens the tab's sign-in page in a pop-up; the ticket in its address names this Teams user, so
    // the sign-in links them (see sign-in-tickets.ts), and Teams sends the same invoke again once it closes.
    const askToSignIn = async (turn: BotTurn) => {
      const ticket = await turn.services.signInTickets.issue(turn.identity);
      return signInPrompt(
        `${turn.services.publicUrl}/?locale=${turn.language}#/signin?ticket=${encodeURIComponent(ticket)}`,
        turn.t('compose.signIn'),
      );
    };
    const inDialog = { slow: (turn: BotTurn) => dialogMessage(turn.t('dialog.slow')), failed: dialogMessage };
    this.on('composeExtension/fetchTask', {
      ...inDialog,
      signedOut: askToSignIn,
      handle: (turn, value, session) => creating.form(turn, session, value.messagePayload),
    })
      .on('composeExtension/submitAction', {
        ...inDialog,
        signedOut: askToSignIn,
        handle: async (turn, value, session) => {
          const form = parseDialogSubmit(value.data);
          if (!form.ok || form.value.dialog !== 'fromMessage')
            return dialogMessage(
              turn.t('compose.invalid', { detail: form.ok ? 'dialog' : form.fields.join(', ') }),
            );
          if (form.value.lang) turn.answerIn(form.value.lang);
          return creating.submit(turn, session, form.value);
        },
      })
      .on('composeExtension/query', {
        signedOut: askToSignIn,
        handle: (turn, value, session) =>
          finding.search(turn, session, searchWords(value), value.queryOptions ?? {}),
        // The read goes on and is kept: the next keystroke is answered from it.
        slow: (turn) => searchMessage(turn.t('dialog.slow')),
        failed: searchMessage,
      })
      .on('composeExtension/queryLink', {
        signedOut: (turn, value) => {
          const taskId = linkedTaskId(turn, value.url);
          return taskId ? signInToUnfurl(turn, taskId) : results([]);
        },
        handle: async (turn, value, session) => {
          const taskId = linkedTaskId(turn, value.url);
          return taskId ? unfurl(turn, session, taskId) : results([]);
        },
        // A link that cannot be shown in time stays a plain link.
        slow: () => results([]),
        failed: () => results([]),
      });
  }

  private on<N extends ComposeInvokeName>(name: N, route: ComposeRoute<N>): this {
    this.routes.on(name, route as unknown as ComposeRoute);
    return this;
  }

  /** Any composeExtension/* invoke. Never throws. */
  async dispatch(turn: BotTurn): Promise<InvokeResponse> {
    const name = turn.activity.name;
    if (!isComposeInvoke(name)) return badRequest(`Unsupported invoke: ${String(name ?? '')}`.slice(0, 200));
    const parsed = parseComposeValue(name, turn.activity.value);
    if (!parsed.ok) return badRequest(turn.t('compose.invalid', { detail: parsed.detail }));
    const route = this.routes.find(name)!;
    const value = parsed.value;
    const work = (async () => {
      const session = await turn.session();
      if (!session) return route.signedOut(turn, value);
      return route.handle(turn, value, session);
    })().catch((error: unknown) => this.failure(turn, route, value, error));
    const budgetLeft = Math.max(0, turn.services.invokeBudgetMs - (Date.now() - turn.startedAt));
    const outcome = await withinBudget(work, budgetLeft, () => undefined);
    return { status: 200, body: outcome.inTime ? outcome.value : route.slow(turn) };
  }

  /**
   * An expired sign-in asks to sign in again; anything else is said in words. Even a failure to describe a
   * failure (the database gone too) is answered, never with a 500.
   */
  private async failure(
    turn: BotTurn,
    route: ComposeRoute,
    value: ComposeValue<ComposeInvokeName>,
    error: unknown,
  ): Promise<ComposeAnswer> {
    try {
      const failure = failureOf(error);
      if (failure.code === 'sign-in-expired') {
        const account = await turn.session();
        if (account) await turn.services.accounts.authFailed(account);
        return route.signedOut(turn, value);
      }
      if (failure.unexpected)
        turn.services.logger.error({ err: String(error) }, 'unexpected error in the message extension');
      const { message, hint } = errorText(failure, turn.t);
      return route.failed(hint ? `${message} ${hint}` : message);
    } catch (again) {
      turn.services.logger.error({ err: String(again) }, 'a message extension invoke could not be answered');
      return route.failed(errorText(failureOf(again), turn.t).message);
    }
  }
}
