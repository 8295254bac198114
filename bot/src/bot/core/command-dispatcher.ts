// Runs a text command: sign-in gate, then the handler; every failure becomes a card, never silence.
import { signInCard, signInPromptCard } from '../cards/index.js';
import { parseCommand } from '../commands/parse-command.js';
import type { BotTurn } from './bot-turn.js';
import { failureCard } from './failure-card.js';
import type { BotRegistry } from './registry.js';
import { sessionFor } from './user-session.js';

export class CommandDispatcher {
  constructor(private readonly registry: BotRegistry) {}

  async dispatch(turn: BotTurn): Promise<void> {
    const command = parseCommand(turn.activity.text);
    const route = this.registry.commands.find(command.name) ?? this.registry.commands.find('unknown');
    if (!route) return;
    try {
      const session = await sessionFor(turn.services, turn.identity);
      if (route.session === 'required' && !session) {
        await turn.sendCard(
          turn.inSharedConversation
            ? signInPromptCard(turn.t)
            : signInCard({ browserUrl: `${turn.services.publicUrl}/#/signin` }, turn.t),
        );
        return;
      }
      await route.handle(turn, command.args, session);
    } catch (error) {
      await turn.sendCard(await failureCard(turn, error));
    }
  }
}
