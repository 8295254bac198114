// Choosing a board (any space or project), showing it, and refreshing shared cards.
import { boardPickerCard } from '../cards/index.js';
import { boardCardFor, taskCardFor } from '../core/board-cards.js';
import type { BotTurn } from '../core/bot-turn.js';
import { chosenBoard, rememberBoard } from '../core/chosen-board.js';
import type { BotRegistry } from '../core/registry.js';
import type { UserSession } from '../core/user-session.js';

async function pickerCard(turn: BotTurn, session: UserSession) {
  const choices = await turn.services.boards.reader(session).boardChoices();
  const boards = choices.map((b) => ({ id: b.id, title: [b.path, b.name].filter(Boolean).join(' / ') }));
  return boardPickerCard({ boards, selected: await chosenBoard(turn, session) }, turn.t);
}

export function registerBoards(registry: BotRegistry): void {
  registry
    .action('boards.pick', async (turn, _data, session) => ({ card: await pickerCard(turn, session) }))
    .action('board.show', async (turn, data, session) => {
      const card = await boardCardFor(turn, session, data.boardId);
      await rememberBoard(turn, session, data.boardId);
      return { card };
    })
    // A Refresh is never stale: it reads afresh what cards otherwise keep for a few seconds.
    .action('refresh', async (turn, data, session) =>
      data.view === 'board'
        ? { card: await boardCardFor(turn, session, data.id, { fresh: true }) }
        : { card: await taskCardFor(turn, session, data.id, { fresh: true }), taskId: data.id },
    )
    .command('boards', async (turn, _args, session) => {
      await turn.sendCard(await pickerCard(turn, session));
    })
    .command('board', async (turn, _args, session) => {
      const boardId = await chosenBoard(turn, session);
      await turn.sendCard(
        boardId ? await boardCardFor(turn, session, boardId) : await pickerCard(turn, session),
        boardId ? { boardId } : undefined,
      );
    });
}
