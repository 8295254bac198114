// The board a conversation works on: the conversation's own in shared chats, else the person's.
import type { BotTurn } from './bot-turn.js';
import type { UserSession } from './user-session.js';

export async function rememberBoard(turn: BotTurn, session: UserSession, boardId: string): Promise<void> {
  const { preferences } = turn.services.db;
  await preferences.chooseBoardForUser(session.user.id, boardId);
  if (turn.inSharedConversation) await preferences.chooseBoardForConversation(turn.conversationId, boardId);
}

export async function chosenBoard(turn: BotTurn, session: UserSession): Promise<string | undefined> {
  const shared = turn.inSharedConversation
    ? await turn.services.db.preferences.boardOfConversation(turn.conversationId)
    : undefined;
  // The person's own choice came with their row this turn: no second read.
  return shared ?? session.user.chosenBoardId ?? undefined;
}
