// The activity handler: thin. It validates what Teams sends and hands each activity to a dispatcher.
import {
  TeamsActivityHandler,
  type InvokeResponse,
  type TaskModuleRequest,
  type TaskModuleResponse,
  type TurnContext,
} from 'botbuilder';
import { z } from 'zod';
import { ComposeDispatcher } from './compose/dispatcher.js';
import { ActionDispatcher } from './core/action-dispatcher.js';
import { BotTurn } from './core/bot-turn.js';
import { CommandDispatcher } from './core/command-dispatcher.js';
import { DialogDispatcher } from './core/dialog-dispatcher.js';
import { BotRegistry } from './core/registry.js';
import type { BotServices } from './core/services.js';
import { registerBoards } from './features/boards.js';
import { registerCreation } from './features/creation.js';
import { registerHelp, sendWelcome } from './features/help.js';
import { registerMyTasks } from './features/my-tasks.js';
import { registerSignIn } from './features/sign-in.js';
import { registerSubscriptions } from './features/subscriptions.js';
import { registerTaskDialogs } from './features/task-dialogs.js';
import { registerTasks } from './features/tasks.js';

const CARD = 'application/vnd.microsoft.card.adaptive';
/** An Action.Execute answered with a line of text: Teams leaves the card as it was. */
const MESSAGE = 'application/vnd.microsoft.activity.message';

const universalActionSchema = z.object({
  action: z.object({
    type: z.literal('Action.Execute'),
    verb: z.string().min(1).max(64),
    data: z.unknown().optional(),
  }),
});

/**
 * A message that is only cards: no words, at most the markup Teams puts where a card inserted from a
 * message extension sits (`<span class="inline-compose-card" …>`).
 */
function onlyCards(activity: { text?: string; attachments?: unknown[] }): boolean {
  const words = (activity.text ?? '')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .trim();
  return !words && (activity.attachments?.length ?? 0) > 0;
}

export class TeamFlameBot extends TeamsActivityHandler {
  private readonly actions: ActionDispatcher;
  private readonly commands: CommandDispatcher;
  private readonly dialogs: DialogDispatcher;
  /** The message extension: create a task from a message, find a task, unfurl task links. */
  private readonly compose = new ComposeDispatcher();

  constructor(private readonly services: BotServices) {
    super();
    const registry = new BotRegistry();
    this.actions = new ActionDispatcher(registry);
    this.commands = new CommandDispatcher(registry);
    this.dialogs = new DialogDispatcher(registry);
    registerHelp(registry);
    registerSignIn(registry, this.actions);
    registerBoards(registry);
    registerTasks(registry);
    registerTaskDialogs(registry);
    registerMyTasks(registry);
    registerCreation(registry);
    registerSubscriptions(registry);

    this.onMessage(async (context, next) => {
      // A card a person posted from the message extension reaches the bot too: it asks nothing of it.
      if (onlyCards(context.activity)) return next();
      const turn = new BotTurn(context, services);
      await turn.recordConversation();
      await this.commands.dispatch(turn);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const botAdded = context.activity.membersAdded?.some((m) => m.id === context.activity.recipient.id);
      if (botAdded) await this.welcome(context);
      await next();
    });
    this.onMembersRemoved(async (context, next) => {
      const botRemoved = context.activity.membersRemoved?.some((m) => m.id === context.activity.recipient.id);
      if (botRemoved)
        await services.db.conversations.markUninstalled(new BotTurn(context, services).conversationId);
      await next();
    });
    // Teams sends installationUpdate and conversationUpdate for one install: remember the conversation on
    // both, welcome once (on conversationUpdate).
    this.onInstallationUpdateAdd(async (context, next) => {
      await new BotTurn(context, services).recordConversation({ installed: true });
      await next();
    });
    this.onInstallationUpdateRemove(async (context, next) => {
      await services.db.conversations.markUninstalled(new BotTurn(context, services).conversationId);
      await next();
    });
  }

  private async welcome(context: TurnContext): Promise<void> {
    const turn = new BotTurn(context, this.services);
    await turn.recordConversation({ installed: true });
    await sendWelcome(turn);
  }

  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    // Every composeExtension/* invoke, malformed ones included, is answered by the message extension.
    if (context.activity.name?.startsWith('composeExtension/'))
      return this.compose.dispatch(new BotTurn(context, this.services));
    if (context.activity.name !== 'adaptiveCard/action') {
      const response = await super.onInvokeActivity(context);
      // botbuilder answers invokes nobody handles with 501; for Teams that is a request we do not take.
      return response.status === 501
        ? {
            status: 400,
            body: {
              code: 'UnsupportedInvoke',
              message: `Unsupported invoke: ${String(context.activity.name ?? '')}`.slice(0, 200),
            },
          }
        : response;
    }
    const parsed = universalActionSchema.safeParse(context.activity.value);
    if (!parsed.success) {
      const message = parsed.error.issues
        .map((i) => `${i.path.join('.') || 'value'}: ${i.message}`)
        .join('; ');
      return {
        status: 400,
        body: {
          statusCode: 400,
          type: 'application/vnd.microsoft.error',
          value: { code: 'BadRequest', message },
        },
      };
    }
    const turn = new BotTurn(context, this.services);
    // The card action can still be answered without a fresh conversation reference: noted, not fatal.
    await turn
      .recordConversation()
      .catch((error: unknown) =>
        this.services.logger.warn({ err: String(error) }, 'could not record the conversation of an invoke'),
      );
    const answer = await this.actions.dispatch(turn, parsed.data.action.verb, parsed.data.action.data);
    const body =
      'note' in answer
        ? { statusCode: 200, type: MESSAGE, value: answer.note }
        : { statusCode: 200, type: CARD, value: answer.card };
    return { status: 200, body };
  }

  // Dialogs (task/fetch, task/submit) are run by their own dispatcher.
  protected override handleTeamsTaskModuleFetch(
    context: TurnContext,
    request: TaskModuleRequest,
  ): Promise<TaskModuleResponse> {
    return this.dialogs.fetch(new BotTurn(context, this.services), request);
  }

  protected override async handleTeamsTaskModuleSubmit(
    context: TurnContext,
    request: TaskModuleRequest,
  ): Promise<TaskModuleResponse> {
    // No task in the answer closes the dialog.
    return (await this.dialogs.submit(new BotTurn(context, this.services), request)) as TaskModuleResponse;
  }
}
