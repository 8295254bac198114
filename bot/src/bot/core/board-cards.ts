// Cards several features answer with: a board, a task, and who a shared card refreshes for.
import { boardCard, taskDetailCard } from '../cards/index.js';
import type { BotTurn } from './bot-turn.js';
import { boardView, taskView } from './card-views.js';
import type { UserSession } from './user-session.js';

/** Teams refreshes a shared card automatically for the users listed: the one acting now. */
function refreshUsers(turn: BotTurn): string[] {
  return turn.inSharedConversation ? [turn.identity.channelUserId] : [];
}

/** `fresh`: a Refresh, which reads what is otherwise kept for a few seconds. */
export async function boardCardFor(
  turn: BotTurn,
  session: UserSession,
  boardId: string,
  extra: { notice?: string; fresh?: boolean } = {},
) {
  const board = await turn.services.boards.reader(session, { fresh: extra.fresh }).board(boardId);
  return boardCard(
    { board: boardView(board, turn.tabUrl.bind(turn)), userIds: refreshUsers(turn), notice: extra.notice },
    turn.t,
  );
}

export async function taskCardFor(
  turn: BotTurn,
  session: UserSession,
  taskId: string,
  extra: { notice?: string; fresh?: boolean } = {},
) {
  const task = await turn.services.boards.reader(session, { fresh: extra.fresh }).taskDetail(taskId);
  return taskDetailCard(
    { task: taskView(task, turn.tabUrl.bind(turn)), userIds: refreshUsers(turn), notice: extra.notice },
    turn.t,
  );
}
