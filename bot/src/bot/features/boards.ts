// Choosing a board (any space or project), showing it, "my tasks", and refreshing shared cards.
import { boardCard, boardPickerCard, myTasksCard, taskDetailCard } from '../cards/index.js';
import type { BotTurn } from '../core/bot-turn.js';
import type { BotRegistry } from '../core/registry.js';
import type { UserSession } from '../core/user-session.js';
import { Views } from '../core/views.js';

export function viewsFor(turn: BotTurn, session: UserSession): Views {
  return new Views(session.client, (boardId, taskId) => turn.tabUrl(boardId, taskId));
}

/** Teams refreshes a shared card automatically for the users listed: the one acting now. */
export function refreshUsers(turn: BotTurn): string[] {
  return turn.inSharedConversation ? [turn.identity.channelUserId] : [];
}

export async function rememberBoard(turn: BotTurn, session: UserSession, boardId: string): Promise<void> {
  await turn.services.db.users.rememberBoard(session.user.id, boardId);
  if (turn.inSharedConversation)
    await turn.services.db.conversations.rememberBoard(turn.conversationId, boardId);
}

/** The board chosen here: the conversation's in shared chats, else the user's own. */
export async function chosenBoard(turn: BotTurn, session: UserSession): Promise<string | undefined> {
  if (turn.inSharedConversation) {
    const conversation = await turn.services.db.conversations.get(turn.conversationId);
    if (conversation?.chosenBoardId) return conversation.chosenBoardId;
  }
  return session.user.chosenBoardId ?? undefined;
}

export async function boardCardFor(turn: BotTurn, session: UserSession, boardId: string, notice?: string) {
  const board = await viewsFor(turn, session).board(boardId);
  return boardCard({ board, userIds: refreshUsers(turn), notice }, turn.t);
}

export async function taskCardFor(
  turn: BotTurn,
  session: UserSession,
  taskId: string,
  extra: { notice?: string; problem?: string } = {},
) {
  const task = await viewsFor(turn, session).task(taskId);
  return taskDetailCard({ task, userIds: refreshUsers(turn), ...extra }, turn.t);
}

async function pickerCard(turn: BotTurn, session: UserSession) {
  const boards = await viewsFor(turn, session).boardChoices();
  return boardPickerCard({ boards, selected: await chosenBoard(turn, session) }, turn.t);
}

async function myTasks(turn: BotTurn, session: UserSession) {
  const views = viewsFor(turn, session);
  const tasks = await session.client.tasks.mine();
  return myTasksCard({ tasks: await Promise.all(tasks.map((task) => views.summary(task, ''))) }, turn.t);
}

export function registerBoards(registry: BotRegistry): void {
  registry
    .action('boards.pick', async (turn, _data, session) => ({ card: await pickerCard(turn, session) }))
    .action('board.show', async (turn, data, session) => {
      const card = await boardCardFor(turn, session, data.boardId);
      await rememberBoard(turn, session, data.boardId);
      return { card };
    })
    .action('tasks.mine', async (turn, _data, session) => ({ card: await myTasks(turn, session) }))
    .action('refresh', async (turn, data, session) =>
      data.view === 'board'
        ? { card: await boardCardFor(turn, session, data.id) }
        : { card: await taskCardFor(turn, session, data.id), taskId: data.id },
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
    })
    .command('myTasks', async (turn, _args, session) => {
      await turn.sendCard(await myTasks(turn, session));
    });
}
