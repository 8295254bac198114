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
  return boardCardFor(turn, session, board.id, turn.t('notify.subscribed', { board: board.name }));
}

async function unfollow(turn: BotTurn, session: UserSession, boardId: string) {
  const board = await session.client.boards.get(boardId);
  await turn.services.boards.unfollow(turn.conversationId, board.id);
  return boardCardFor(turn, session, board.id, turn.t('notify.unsubscribed', { board: board.name }));
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
      const followed = await turn.services.db.subscriptions.forConversation(turn.conversationId);
      const boards = await Promise.all(
        followed.map(async (s) => ({
          id: s.boardId,
          name:
            (await session.client.boards.get(s.boardId).catch(unlessHidden(undefined)))?.name ?? s.boardId,
        })),
      );
      await turn.sendCard(subscriptionsCard(boards, turn.t));
    })
    .command('unsubscribe', async (turn, _args, session) => {
      const boardId = await chosenBoard(turn, session);
      await turn.sendCard(
        boardId ? await unfollow(turn, session, boardId) : errorCard({ code: 'no-board' }, turn.t),
      );
    });
}
