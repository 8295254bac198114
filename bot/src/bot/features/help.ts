// Help, the welcome card when the app is added to a conversation, and the answer to words that are no
// command.
import { accountName } from '../../accounts/index.js';
import { helpCard, notUnderstoodCard, welcomeCard } from '../cards/index.js';
import { parseCommand } from '../commands/parse-command.js';
import type { BotTurn } from '../core/bot-turn.js';
import type { BotRegistry } from '../core/registry.js';
import type { UserSession } from '../core/user-session.js';

export async function sendWelcome(turn: BotTurn): Promise<void> {
  // The welcome is sent whether or not we can tell who is signed in; a database failure is noted.
  const session = await turn.session().catch((error: unknown) => {
    turn.services.logger.warn({ err: String(error) }, 'welcome: could not look up the sign-in');
    return undefined;
  });
  await turn.sendCard(
    welcomeCard(
      { inChannel: turn.inSharedConversation, signedInAs: session && accountName(session.user) },
      turn.t,
    ),
  );
}

function help(turn: BotTurn, session: UserSession | undefined) {
  return helpCard({ inChannel: turn.inSharedConversation, signedIn: Boolean(session) }, turn.t);
}

export function registerHelp(registry: BotRegistry): void {
  registry
    .publicAction('help', async (turn, _data, session) => ({ card: help(turn, session) }))
    .publicCommand('help', async (turn, _args, session) => {
      await turn.sendCard(help(turn, session));
    })
    .publicCommand('unknown', async (turn, typed, session) => {
      // Nothing typed (only the bot's mention, or an attachment): what the bot can do.
      if (!typed) {
        await turn.sendCard(help(turn, session));
        return;
      }
      const { nearest } = parseCommand(turn.activity.text);
      await turn.sendCard(notUnderstoodCard({ typed, nearest }, turn.t));
    });
}
