import type { EntityManager } from 'typeorm';
import { SubscriptionEntity, type SubscriptionRow } from '../entities/index.js';

const ALL_EVENTS = ['created', 'moved', 'assigned', 'due', 'commented'] as const;
export type SubscriptionEvent = (typeof ALL_EVENTS)[number];

export class SubscriptionsRepository {
  constructor(private readonly manager: EntityManager) {}

  async subscribe(
    conversationId: string,
    boardId: string,
    subscribedBy: string | null,
    events: readonly SubscriptionEvent[] = ALL_EVENTS,
  ): Promise<void> {
    await this.manager
      .getRepository(SubscriptionEntity)
      .upsert({ conversationId, boardId, subscribedBy, events: [...events] }, ['conversationId', 'boardId']);
  }

  /** True when there was a subscription to remove. */
  async unsubscribe(conversationId: string, boardId: string): Promise<boolean> {
    const result = await this.manager.getRepository(SubscriptionEntity).delete({ conversationId, boardId });
    return (result.affected ?? 0) > 0;
  }

  forConversation(conversationId: string): Promise<SubscriptionRow[]> {
    return this.manager.getRepository(SubscriptionEntity).findBy({ conversationId });
  }

  /** Subscriptions of a board whose conversation still has the app installed. */
  forBoard(boardId: string): Promise<SubscriptionRow[]> {
    return this.manager
      .getRepository(SubscriptionEntity)
      .createQueryBuilder('s')
      .innerJoin('conversations', 'c', 'c.id = s.conversation_id')
      .where('s.board_id = :boardId AND c.installed = true', { boardId })
      .getMany();
  }

  /** Boards that at least one installed conversation follows: what the notifier polls. */
  async subscribedBoards(): Promise<string[]> {
    const rows = await this.manager
      .getRepository(SubscriptionEntity)
      .createQueryBuilder('s')
      .innerJoin('conversations', 'c', 'c.id = s.conversation_id')
      .where('c.installed = true')
      .select('DISTINCT s.board_id', 'boardId')
      .getRawMany<{ boardId: string }>();
    return rows.map((r) => r.boardId);
  }
}
