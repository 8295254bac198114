import type { EntityManager } from 'typeorm';
import { SentCardEntity, type SentCardRow } from '../entities/index.js';

export interface SentCardInput {
  conversationId: string;
  activityId: string;
  taskId?: string | null;
  boardId?: string | null;
  cardKind: string;
}

/** Which message shows which task, so every copy can be updated in place after a change. */
export class SentCardsRepository {
  constructor(private readonly manager: EntityManager) {}

  async record(input: SentCardInput): Promise<void> {
    await this.manager
      .getRepository(SentCardEntity)
      .upsert({ taskId: null, boardId: null, ...input }, ['conversationId', 'activityId']);
  }

  forTask(taskId: string): Promise<SentCardRow[]> {
    return this.manager.getRepository(SentCardEntity).findBy({ taskId });
  }

  async forget(conversationId: string, activityId: string): Promise<void> {
    await this.manager.getRepository(SentCardEntity).delete({ conversationId, activityId });
  }
}
