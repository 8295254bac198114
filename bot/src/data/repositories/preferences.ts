import type { EntityManager } from 'typeorm';
import { ConversationEntity, UserEntity } from '../entities/index.js';

/**
 * The board a user, or a group conversation, is working on: commands such as "board" and "new <title>" act on
 * it. Stored beside the user and conversation rows (chosen_board_id), read and written only through here.
 */
export class PreferencesRepository {
  constructor(private readonly manager: EntityManager) {}

  async boardOfUser(userId: string): Promise<string | undefined> {
    const user = await this.manager
      .getRepository(UserEntity)
      .findOne({ where: { id: userId }, select: { chosenBoardId: true } });
    return user?.chosenBoardId ?? undefined;
  }

  /** False when there is no such user. `null` forgets the choice. */
  async chooseBoardForUser(userId: string, boardId: string | null): Promise<boolean> {
    const result = await this.manager
      .getRepository(UserEntity)
      .update({ id: userId }, { chosenBoardId: boardId });
    return (result.affected ?? 0) > 0;
  }

  async boardOfConversation(conversationId: string): Promise<string | undefined> {
    const conversation = await this.manager
      .getRepository(ConversationEntity)
      .findOne({ where: { id: conversationId }, select: { chosenBoardId: true } });
    return conversation?.chosenBoardId ?? undefined;
  }

  /** False when the conversation was never recorded. `null` forgets the choice. */
  async chooseBoardForConversation(conversationId: string, boardId: string | null): Promise<boolean> {
    const result = await this.manager
      .getRepository(ConversationEntity)
      .update({ id: conversationId }, { chosenBoardId: boardId });
    return (result.affected ?? 0) > 0;
  }

  /** The user's preferred locale (Teams locale at their last sign-in or as last set). */
  async localeOfUser(userId: string): Promise<string | undefined> {
    const user = await this.manager
      .getRepository(UserEntity)
      .findOne({ where: { id: userId }, select: { locale: true } });
    return user?.locale ?? undefined;
  }

  async setLocaleOfUser(userId: string, locale: string): Promise<boolean> {
    const result = await this.manager.getRepository(UserEntity).update({ id: userId }, { locale });
    return (result.affected ?? 0) > 0;
  }

  /** Where the user last created a task from a message (the form starts there), if anywhere. */
  async lastTaskPlaceOfUser(userId: string): Promise<{ boardId: string; columnId?: string } | undefined> {
    const rows = (await this.manager.query(
      `SELECT board_id, column_id FROM last_task_places WHERE user_id = $1`,
      [userId],
    )) as { board_id: string; column_id: string | null }[];
    const row = rows[0];
    return row ? { boardId: row.board_id, columnId: row.column_id ?? undefined } : undefined;
  }

  async rememberTaskPlace(userId: string, boardId: string, columnId: string | undefined): Promise<void> {
    await this.manager.query(
      `INSERT INTO last_task_places (user_id, board_id, column_id, updated_at) VALUES ($1, $2, $3, now())
       ON CONFLICT (user_id) DO UPDATE
         SET board_id = excluded.board_id, column_id = excluded.column_id, updated_at = now()`,
      [userId, boardId, columnId ?? null],
    );
  }
}
