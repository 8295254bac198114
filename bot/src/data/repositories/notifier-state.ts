import { IsNull, type EntityManager } from 'typeorm';
import {
  BoardSnapshotEntity,
  NotificationEventEntity,
  type BoardSnapshotRow,
  type JsonObject,
  type NotificationEventRow,
} from '../entities/index.js';
import { returnedRows } from './returning.js';
import { FOLLOWED_BOARDS } from './subscriptions.js';

/** The notifier's memory: the last board snapshot it diffed against. */
export class SnapshotsRepository {
  constructor(private readonly manager: EntityManager) {}

  async get(boardId: string): Promise<BoardSnapshotRow | undefined> {
    return (await this.manager.getRepository(BoardSnapshotEntity).findOneBy({ boardId })) ?? undefined;
  }

  async save(boardId: string, snapshot: JsonObject, takenAt = new Date()): Promise<void> {
    await this.manager.getRepository(BoardSnapshotEntity).upsert({ boardId, snapshot, takenAt }, ['boardId']);
  }

  /**
   * Drops the snapshots of boards nobody follows any more (FOLLOWED_BOARDS): a board
   * followed again starts from a fresh snapshot, so its followers are not told, as new, of everything that
   * changed while nobody followed it. Answers how many went.
   */
  async dropUnfollowed(): Promise<number> {
    const rows = returnedRows<unknown>(
      await this.manager.query(
        `DELETE FROM board_snapshots
          WHERE board_id NOT IN (SELECT "boardId" FROM (${FOLLOWED_BOARDS}) followed)
          RETURNING board_id`,
      ),
    );
    return rows.length;
  }
}

/** Every event has a stable id and one row: recording it twice is a no-op, so nothing is sent twice. */
export class EventsRepository {
  constructor(private readonly manager: EntityManager) {}

  /** True when the event is new. */
  async record(event: Pick<NotificationEventRow, 'id' | 'boardId' | 'kind' | 'payload'>): Promise<boolean> {
    const inserted = await this.manager
      .createQueryBuilder()
      .insert()
      .into(NotificationEventEntity)
      .values({ ...event, dispatchedAt: null })
      .orIgnore()
      .returning(['id'])
      .execute();
    return inserted.raw.length > 0;
  }

  pending(boardId: string): Promise<NotificationEventRow[]> {
    return this.manager
      .getRepository(NotificationEventEntity)
      .find({ where: { boardId, dispatchedAt: IsNull() }, order: { createdAt: 'ASC' } });
  }

  /**
   * Takes the board's undelivered events for delivery, atomically: when several instances dispatch at
   * once, each event goes to exactly one of them.
   */
  async claimPending(boardId: string): Promise<NotificationEventRow[]> {
    const rows = await this.manager.query(
      `UPDATE notification_events SET dispatched_at = now()
       WHERE board_id = $1 AND dispatched_at IS NULL
       RETURNING id, board_id AS "boardId", kind, payload, created_at AS "createdAt", dispatched_at AS "dispatchedAt"`,
      [boardId],
    );
    const claimed = returnedRows<NotificationEventRow>(rows);
    return claimed.sort(
      (a, b) => new Date(a.createdAt).getTime() - new Date(b.createdAt).getTime() || a.id.localeCompare(b.id),
    );
  }

  async markDispatched(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.manager
      .getRepository(NotificationEventEntity)
      .createQueryBuilder()
      .update()
      .set({ dispatchedAt: () => 'now()' })
      .whereInIds(ids)
      .execute();
  }
}
