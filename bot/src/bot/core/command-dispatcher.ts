// Runs a text command: sign-in gate, then the handler; every failure becomes a card, never silence. A
// button can run a command too (the suggestion when words were not understood): same gate, same handler,
// and its cards answer the button.
import {
  helpCard,
  signInCard,
  signInPromptCard,
  type ActionData,
  type AdaptiveCardJson,
} from '../cards/index.js';
import { parseCommand } from '../commands/parse-command.js';
import { answerLanguage } from './answer-language.js';
import type { BotTurn } from './bot-turn.js';
import { failureCard } from './failure-card.js';
import type { ActionResult, BotRegistry } from './registry.js';
import type { UserSession } from './user-session.js';

function signInFormCard(turn: BotTurn, resume?: string): AdaptiveCardJson {
  return signInCard({ resume, browserUrl: `${turn.services.publicUrl}/#/signin` }, turn.t);
}

export class CommandDispatcher {
  constructor(private readonly registry: BotRegistry) {
    registry.publicAction('command.run', (turn, data, session) => this.pressed(turn, data, session));
  }

  async dispatch(turn: BotTurn): Promise<void> {
    const command = parseCommand(turn.activity.text);
    turn.answerIn(answerLanguage(command.language, turn.activity.locale));
    const route = this.registry.commands.find(command.name) ?? this.registry.commands.find('unknown');
    if (!route) return;
    try {
      const session = await turn.session();
      if (route.session === 'required' && !session) {
        await turn.sendCard(turn.inSharedConversation ? signInPromptCard(turn.t) : signInFormCard(turn));
        return;
      }
      await route.handle(turn, command.args, session);
    } catch (error) {
      await turn.sendCard(await failureCard(turn, error));
    }
  }

  /**
   * The command of a pressed button. Its first card replaces the card the button was on, the way every
   * button answers; the answer to a button is seen by the person who pressed it, so the sign-in form can
   * be shown there even in shared conversations. Failures are the action dispatcher's to turn into cards.
   */
  private async pressed(
    turn: BotTurn,
    data: ActionData<'command.run'>,
    session: UserSession | undefined,
  ): Promise<ActionResult> {
    const route = this.registry.commands.find(data.name);
    if (route?.session === 'required' && !session)
      return { card: signInFormCard(turn, JSON.stringify({ verb: 'command.run', data })) };
    const [first, ...rest] = route ? await turn.keepingCards(() => route.handle(turn, '', session)) : [];
    for (const other of rest) await turn.sendCard(other.card, other.shows);
    return first
      ? { card: first.card, taskId: first.shows?.taskId }
      : { card: helpCard({ inChannel: turn.inSharedConversation, signedIn: Boolean(session) }, turn.t) };
  }
}
