// A pasted link to a task becomes the task card (link unfurling). A link that names no task, or a task this
// person cannot see, stays a plain link. Someone not signed in gets a card asking them to sign in, which
// shows the task to them once they have.
import { TeamFlameForbiddenError, TeamFlameNotFoundError } from '../../teamflame/index.js';
import { signInPromptCard, taskPreview } from '../cards/index.js';
import { taskCardOf } from '../core/board-cards.js';
import type { BotTurn } from '../core/bot-turn.js';
import type { UserSession } from '../core/user-session.js';
import { adaptive, results, type ComposeAnswer } from './answers.js';
import { taskIdOfLink } from './task-links.js';

/** Nothing to unfurl: Teams leaves the link as it was pasted. */
const NO_CARD = results([]);

export function linkedTaskId(turn: BotTurn, url: string): string | undefined {
  return taskIdOfLink(url, turn.services);
}

export async function unfurl(turn: BotTurn, session: UserSession, taskId: string): Promise<ComposeAnswer> {
  let task;
  try {
    task = await turn.services.boards.reader(session).taskDetail(taskId);
  } catch (error) {
    if (error instanceof TeamFlameNotFoundError || error instanceof TeamFlameForbiddenError) return NO_CARD;
    throw error;
  }
  const preview = taskPreview(task, turn.t);
  return results([adaptive(taskCardOf(turn, task), preview)]);
}

/** The card a link unfurls into for someone not signed in: sign in, then see the task. */
export function signInToUnfurl(turn: BotTurn, taskId: string): ComposeAnswer {
  const resume = JSON.stringify({ verb: 'task.show', data: { taskId } });
  return results([adaptive(signInPromptCard(turn.t, resume))]);
}
