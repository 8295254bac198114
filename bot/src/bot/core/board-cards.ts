// Cards several features answer with: a board, a task, and who a shared card refreshes for.
import { deliveryOf, type TaskDetailModel } from '../../boards/index.js';
import { boardCard, taskDetailCard, type FollowView } from '../cards/index.js';
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
  const [board, follow] = await Promise.all([
    turn.services.boards.reader(session, { fresh: extra.fresh }).board(boardId),
    followOf(turn, boardId),
  ]);
  return boardCard(
    {
      board: boardView(board, turn.tabUrl.bind(turn)),
      userIds: refreshUsers(turn),
      notice: extra.notice,
      follow,
    },
    turn.t,
  );
}

/** Whether this conversation follows the board, and how its changes arrive. */
async function followOf(turn: BotTurn, boardId: string): Promise<FollowView> {
  const subscription = await turn.services.db.subscriptions.get(turn.conversationId, boardId);
  if (!subscription) return { following: false };
  const delivery = deliveryOf(subscription);
  return {
    following: true,
    delivery: delivery.mode === 'daily' ? { ...delivery, timeZone: subscription.timeZone } : delivery,
  };
}

export async function taskCardFor(
  turn: BotTurn,
  session: UserSession,
  taskId: string,
  extra: { notice?: string; fresh?: boolean } = {},
) {
  const task = await turn.services.boards.reader(session, { fresh: extra.fresh }).taskDetail(taskId);
  return taskCardOf(turn, task, extra);
}

/** The task card of a task already read. */
export function taskCardOf(turn: BotTurn, task: TaskDetailModel, extra: { notice?: string } = {}) {
  return taskDetailCard(
    { task: taskView(task, turn.tabUrl.bind(turn)), userIds: refreshUsers(turn), notice: extra.notice },
    turn.t,
  );
}
