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
}
