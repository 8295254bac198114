// Cards several features answer with: a board, a task, and who a shared card refreshes for.
import type { TaskDetailModel } from '../../boards/index.js';
import { boardCard, taskDetailCard } from '../cards/index.js';
import type { BotTurn } from './bot-turn.js';
import { boardView, taskView } from './card-views.js';
import type { UserSession } from './user-session.js';

/** Teams refreshes a shared card automatically for the users listed: the one acting now. */
function refreshUsers(turn: BotTurn): string[] {
  return turn.inSharedConversation ? [turn.identity.channelUserId] : [];
}

export async function boardCardFor(turn: BotTurn, session: UserSession, boardId: string, notice?: string) {
  const board = await turn.services.boards.reader(session).board(boardId);
  return boardCard(
    { board: boardView(board, turn.tabUrl.bind(turn)), userIds: refreshUsers(turn), notice },
    turn.t,
  );
}

export async function taskCardFor(
  turn: BotTurn,
  session: UserSession,
  taskId: string,
  extra: { notice?: string } = {},
) {
  return taskCardOf(turn, await turn.services.boards.reader(session).taskDetail(taskId), extra);
}

/** The task card of a task already read. */
export function taskCardOf(turn: BotTurn, task: TaskDetailModel, extra: { notice?: string } = {}) {
  return taskDetailCard(
    { task: taskView(task, turn.tabUrl.bind(turn)), userIds: refreshUsers(turn), notice: extra.notice },
    turn.t,
  );
}
