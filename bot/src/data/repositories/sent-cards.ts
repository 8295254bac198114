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

  /**
   * Remembers what the message shows. Every press of a task card's button records it again, nearly always
   * unchanged: then the statement writes nothing (no row version, no commit to flush).
   */
  async record(input: SentCardInput): Promise<void> {
    await this.manager.query(
      `INSERT INTO sent_cards (conversation_id, activity_id, task_id, board_id, card_kind)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (conversation_id, activity_id) DO UPDATE
         SET task_id = excluded.task_id, board_id = excluded.board_id, card_kind = excluded.card_kind
         WHERE (sent_cards.task_id, sent_cards.board_id, sent_cards.card_kind)
               IS DISTINCT FROM (excluded.task_id, excluded.board_id, excluded.card_kind)`,
      [input.conversationId, input.activityId, input.taskId ?? null, input.boardId ?? null, input.cardKind],
    );
  }

  forTask(taskId: string): Promise<SentCardRow[]> {
    return this.manager.getRepository(SentCardEntity).findBy({ taskId });
  }

  async forget(conversationId: string, activityId: string): Promise<void> {
    await this.manager.getRepository(SentCardEntity).delete({ conversationId, activityId });
  }
}
