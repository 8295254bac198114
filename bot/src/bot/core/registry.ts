// Where feature modules register their text commands and card verbs.
import type { ActionData, AdaptiveCardJson, Verb } from '../cards/index.js';
import type { CommandName } from '../commands/parse-command.js';
import type { BotTurn } from './bot-turn.js';
import { Router } from './router.js';
import type { UserSession } from './user-session.js';

export interface ActionResult {
  card: AdaptiveCardJson;
  /** The card shows this task: remember the message, so later changes update it in place. */
  taskId?: string;
  /** The input was refused and nothing was written: the same button may be pressed again. */
  rejected?: boolean;
}

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

export class BotRegistry {
  readonly actions = new Router<Verb, ActionRoute>();
  readonly commands = new Router<CommandName, CommandRoute>();

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
}
