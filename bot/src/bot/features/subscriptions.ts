// Following a board from a conversation: every change on it then arrives as a card (notifications/).
import { unlessHidden } from '../../boards/index.js';
import type { BotTurn } from '../core/bot-turn.js';
import type { BotRegistry } from '../core/registry.js';
import type { UserSession } from '../core/user-session.js';
import { errorCard, subscriptionsCard } from '../cards/index.js';
import { boardCardFor } from '../core/board-cards.js';
import { chosenBoard } from '../core/chosen-board.js';

async function follow(turn: BotTurn, session: UserSession, boardId: string) {
  await turn.recordConversation();
  const board = await turn.services.boards.follow(session, turn.conversationId, boardId);
  return boardCardFor(turn, session, board.id, {
    notice: turn.t('notify.subscribed', { board: board.name }),
  });
}

function followed(turn: BotTurn, session: UserSession) {
  return turn.services.boards.followed(session, turn.conversationId);
}

/** Stops one board; answers with the board and what happened, or, for a board hidden now, what is left. */
async function unfollow(turn: BotTurn, session: UserSession, boardId: string) {
  const stopped = await turn.services.boards.unfollow(turn.conversationId, boardId);
  const board = await session.client.boards.get(boardId).catch(unlessHidden(undefined));
  if (!board) return subscriptionsCard(await followed(turn, session), turn.t);
  const notice = turn.t(stopped ? 'notify.unsubscribed' : 'notify.notFollowed', { board: board.name });
  return boardCardFor(turn, session, board.id, { notice });
}

export function registerSubscriptions(registry: BotRegistry): void {
  registry
    .action('subscribe', async (turn, data, session) => ({ card: await follow(turn, session, data.boardId) }))
    .action('unsubscribe', async (turn, data, session) => ({
      card: await unfollow(turn, session, data.boardId),
    }))
    .command('subscribe', async (turn, _args, session) => {
      const boardId = await chosenBoard(turn, session);
      await turn.sendCard(
        boardId ? await follow(turn, session, boardId) : errorCard({ code: 'no-board' }, turn.t),
      );
    })
    .command('subscriptions', async (turn, _args, session) => {
      await turn.sendCard(subscriptionsCard(await followed(turn, session), turn.t));
    })
    // Stops what the conversation follows, whichever board was chosen since: the one board it follows, or
    // the one picked from a card when it follows several.
    .command('unsubscribe', async (turn, _args, session) => {
      const boards = await followed(turn, session);
      await turn.sendCard(
        boards.length === 1
          ? await unfollow(turn, session, boards[0]!.id)
          : subscriptionsCard(boards, turn.t, 'chooseToStop'),
      );
    });
}
