// Help, and the welcome card when the app is added to a conversation.
import { helpCard, welcomeCard } from '../cards/index.js';
import type { BotTurn } from '../core/bot-turn.js';
import type { BotRegistry } from '../core/registry.js';
import { sessionFor } from '../core/user-session.js';

export async function sendWelcome(turn: BotTurn): Promise<void> {
  // The welcome is sent whether or not we can tell who is signed in; a database failure is noted.
  const session = await sessionFor(turn.services, turn.identity).catch((error: unknown) => {
    turn.services.logger.warn({ err: String(error) }, 'welcome: could not look up the sign-in');
    return undefined;
  });
  await turn.sendCard(
    welcomeCard(
      { inChannel: turn.inSharedConversation, signedInAs: session?.user.displayName ?? undefined },
      turn.t,
    ),
  );
}

export function registerHelp(registry: BotRegistry): void {
  registry
    .publicAction('help', async (turn) => ({
      card: helpCard({ inChannel: turn.inSharedConversation }, turn.t),
    }))
    .publicCommand('help', async (turn) => {
      await turn.sendCard(helpCard({ inChannel: turn.inSharedConversation }, turn.t));
    })
    .publicCommand('unknown', async (turn) => {
      await turn.sendCard(helpCard({ inChannel: turn.inSharedConversation }, turn.t));
    });
}
