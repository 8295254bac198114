// Where feature modules register their text commands and card verbs.
import type {
  ActionData,
  AdaptiveCardJson,
  DialogData,
  DialogName,
  DialogOpen,
  Verb,
} from '../cards/index.js';
import type { CommandName } from '../commands/parse-command.js';
import type { BotTurn } from './bot-turn.js';
import { Router } from './router.js';
import type { UserSession } from './user-session.js';

/** A card that replaces the one whose button was pressed. */
export interface CardResult {
  card: AdaptiveCardJson;
  /** The card shows this task: remember the message, so later changes update it in place. */
  taskId?: string;
  /** The input was refused and nothing was written: the same button may be pressed again. */
  rejected?: boolean;
}

/**
 * The card whose button was pressed stays as it was (a notification or a list keeps its record); Teams shows
 * this short line under it. What the button opened was sent as a message of its own.
 */
export interface NoteResult {
  note: string;
}

export type ActionResult = CardResult | NoteResult;

type SessionRule = 'required' | 'optional';

export interface ActionRoute<V extends Verb = Verb> {
  session: SessionRule;
  handle: (turn: BotTurn, data: ActionData<V>, session: UserSession | undefined) => Promise<ActionResult>;
  /**
   * For a write that is not safe to repeat: an earlier run of this very action stopped without recording
   * its result (its process died), so its write may already be in TeamFlame. Finds it and answers as the
   * write would have, or answers undefined to run the action.
   */
  recover?: (turn: BotTurn, data: ActionData<V>, session: UserSession) => Promise<ActionResult | undefined>;
}

export interface CommandRoute {
  session: SessionRule;
  handle: (turn: BotTurn, args: string, session: UserSession | undefined) => Promise<void>;
}

/** A form shown in a Teams dialog: its title and its card. */
export interface DialogForm {
  title: string;
  card: AdaptiveCardJson;
}

/** A submitted form: written (the dialog closes), or the form again saying what is wrong. */
export type DialogOutcome = { done: true } | { done: false; form: DialogForm };

export interface DialogRoute<D extends DialogName = DialogName> {
  /** The form as the task is now. */
  form: (turn: BotTurn, open: DialogOpen, session: UserSession) => Promise<DialogForm>;
  /** Writes what the form says, through the domain, as the person who submits it. */
  submit: (turn: BotTurn, data: DialogData<D>, session: UserSession) => Promise<DialogOutcome>;
}

export class BotRegistry {
  readonly actions = new Router<Verb, ActionRoute>();
  readonly commands = new Router<CommandName, CommandRoute>();
  readonly dialogs = new Router<DialogName, DialogRoute>();

  /** A verb whose handler needs a signed-in user (the usual case). */
  action<V extends Verb>(
    verb: V,
    handle: (turn: BotTurn, data: ActionData<V>, session: UserSession) => Promise<ActionResult>,
    options: { recover?: ActionRoute<V>['recover'] } = {},
  ): this {
    this.actions.on(verb, {
      session: 'required',
      handle: handle as ActionRoute['handle'],
      recover: options.recover as ActionRoute['recover'],
    });
    return this;
  }

  publicAction<V extends Verb>(
    verb: V,
    handle: (turn: BotTurn, data: ActionData<V>, session: UserSession | undefined) => Promise<ActionResult>,
  ): this {
    this.actions.on(verb, { session: 'optional', handle: handle as ActionRoute['handle'] });
    return this;
  }

  command(
    name: CommandName,
    handle: (turn: BotTurn, args: string, session: UserSession) => Promise<void>,
  ): this {
    this.commands.on(name, { session: 'required', handle: handle as CommandRoute['handle'] });
    return this;
  }

  publicCommand(name: CommandName, handle: CommandRoute['handle']): this {
    this.commands.on(name, { session: 'optional', handle });
    return this;
  }

  /** A Teams dialog that edits a task; every dialog needs a signed-in user. */
  dialog<D extends DialogName>(name: D, route: DialogRoute<D>): this {
    this.dialogs.on(name, route as unknown as DialogRoute);
    return this;
  }
}
