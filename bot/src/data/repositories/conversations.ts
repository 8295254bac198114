import type { EntityManager } from 'typeorm';
import { ConversationEntity, type ConversationKind, type ConversationRow } from '../entities/index.js';

export interface RecordConversationInput {
  id: string;
  tenantId: string;
  kind: ConversationKind;
  reference: object;
}

export class ConversationsRepository {
  constructor(private readonly manager: EntityManager) {}

  /** Stores (or refreshes) the reference proactive messages need; the app counts as installed again. */
  async record(input: RecordConversationInput): Promise<void> {
    await this.manager
      .getRepository(ConversationEntity)
      .upsert({ ...input, installed: true }, { conflictPaths: ['id'], skipUpdateIfNoValuesChanged: false });
  }

  async get(id: string): Promise<ConversationRow | undefined> {
    return (await this.manager.getRepository(ConversationEntity).findOneBy({ id })) ?? undefined;
  }

  /** The app was removed: nothing is sent there any more. */
  async markUninstalled(id: string): Promise<void> {
    await this.manager.getRepository(ConversationEntity).update({ id }, { installed: false });
  }

  /**
   * A conversation by the id a tab sees: a channel tab knows the channel's id, while the bot may know the
   * channel only through a thread in it ("<channel id>;messageid=…").
   */
  async findForTab(id: string): Promise<ConversationRow | undefined> {
    const exact = await this.get(id);
    if (exact) return exact;
    return (
      (await this.manager
        .getRepository(ConversationEntity)
        .createQueryBuilder('c')
        .where('c.id LIKE :prefix', { prefix: `${id.replace(/[\\%_]/g, '\\$&')};messageid=%` })
        .orderBy('c.updated_at', 'DESC')
        .getOne()) ?? undefined
    );
  }

  /** The personal chat of a Teams user with the bot, where the app is still installed. */
  async personalChatOf(channelUserId: string): Promise<ConversationRow | undefined> {
    return (
      (await this.manager
        .getRepository(ConversationEntity)
        .createQueryBuilder('c')
        .where(`c.kind = 'personal' AND c.installed = true AND c.reference -> 'user' ->> 'id' = :id`, {
          id: channelUserId,
        })
        .getOne()) ?? undefined
    );
  }
}
