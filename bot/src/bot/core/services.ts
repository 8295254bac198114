// What the bot's feature modules need, built once by the composition root.
import type { ConversationReference, TurnContext } from 'botbuilder';
import type { Accounts, SignInTickets } from '../../accounts/index.js';
import type { Boards } from '../../boards/index.js';
import type { Database } from '../../data/index.js';
import type { Logger } from '../../logger.js';
import type { BotAdapter } from '../../server/bot-adapter.js';

export interface BotServices {
  db: Database;
  accounts: Accounts;
  /** Reading and changing boards; every task write ends in its one "task changed" path. */
  boards: Boards;
  logger: Logger;
  /** Where the tab lives, for deep links and "sign in in the browser". */
  publicUrl: string;
  /** TeamFlame's web app: links to its tasks are unfurled by the message extension. */
  teamflameWebUrl: string;
  /** The Teams app's id: with it, "Open in tab" is a Teams deep link (card-views.ts). */
  teamsAppId?: string;
  /** Proactive sends and in-place updates outside the current turn. */
  proactive: ProactiveSender;
  /** Tickets naming a Teams user for the message extension's sign-in pop-up. */
  signInTickets: SignInTickets;
  /** How long an invoke may work before it answers "still working". */
  invokeBudgetMs: number;
}

export interface ProactiveSender {
  continueConversation(
    reference: Partial<ConversationReference>,
    work: (context: TurnContext) => Promise<void>,
  ): Promise<void>;
}

export function proactiveSender(adapter: BotAdapter, botAppId: string): ProactiveSender {
  return {
    continueConversation: (reference, work) => adapter.continueConversationAsync(botAppId, reference, work),
  };
}
