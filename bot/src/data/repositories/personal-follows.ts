import type { EntityManager } from 'typeorm';
import { returnedRows } from './returning.js';

export interface PersonalFollowRow {
  /** Our user row: the Teams user in whose personal chat the stream arrives. */
  userId: string;
  teamflameUserId: string;
  conversationId: string;
  boardIds: string[];
  /** Boards whose overdue tasks, as they were when the board came into the stream, count as told. */
  overdueKnownBoardIds: string[];
}

const COLUMNS = `f.user_id AS "userId", u.teamflame_user_id AS "teamflameUserId",
  f.conversation_id AS "conversationId", f.board_ids AS "boardIds",
  f.overdue_known_board_ids AS "overdueKnownBoardIds"`;

/** People who follow "my tasks": their personal chat, and the boards polled for them. */
export class PersonalFollowsRepository {
  constructor(private readonly manager: EntityManager) {}

  async follow(userId: string, conversationId: string, boardIds: string[]): Promise<void> {
    await this.manager.query(
      `INSERT INTO personal_follows (user_id, conversation_id, board_ids, boards_checked_at)
       VALUES ($1, $2, $3::jsonb, now())
       ON CONFLICT (user_id) DO UPDATE
         SET conversation_id = excluded.conversation_id, board_ids = excluded.board_ids, boards_checked_at = now()`,
      [userId, conversationId, JSON.stringify(boardIds)],
    );
  }

  /**
   * Claims the follows whose boards were last checked before `checkedBefore`, for this caller to check
   * again: one instance gets each, as the claim moves the time on.
   */
  async claimBoardsCheck(checkedBefore: Date): Promise<string[]> {
    const rows = returnedRows<{ user_id: string }>(
      await this.manager.query(
        `UPDATE personal_follows SET boards_checked_at = now() WHERE boards_checked_at < $1 RETURNING user_id`,
        [checkedBefore],
      ),
    );
    return rows.map((row) => row.user_id);
  }

  async setBoards(userId: string, boardIds: string[]): Promise<void> {
    await this.manager.query(`UPDATE personal_follows SET board_ids = $2::jsonb WHERE user_id = $1`, [
      userId,
      JSON.stringify(boardIds),
    ]);
  }

  async markOverdueKnown(userId: string, boardId: string): Promise<void> {
    await this.manager.query(
      `UPDATE personal_follows
         SET overdue_known_board_ids = overdue_known_board_ids || jsonb_build_array($2::text)
       WHERE user_id = $1 AND NOT overdue_known_board_ids @> jsonb_build_array($2::text)`,
      [userId, boardId],
    );
  }

  /** True when the person followed their tasks. */
  async unfollow(userId: string): Promise<boolean> {
    const rows = returnedRows<unknown>(
      await this.manager.query(`DELETE FROM personal_follows WHERE user_id = $1 RETURNING user_id`, [userId]),
    );
    return rows.length > 0;
  }

  /** Followers with this board among theirs, whose personal chat still has the app. */
  forBoard(boardId: string): Promise<PersonalFollowRow[]> {
    return this.manager.query(
      `SELECT ${COLUMNS} FROM personal_follows f
       JOIN users u ON u.id = f.user_id
       JOIN conversations c ON c.id = f.conversation_id AND c.installed
       WHERE f.board_ids @> jsonb_build_array($1::text)`,
      [boardId],
    ) as Promise<PersonalFollowRow[]>;
  }
}
