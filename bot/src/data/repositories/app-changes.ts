import type { EntityManager } from 'typeorm';
import type { JsonObject } from '../entities/index.js';
import { returnedRows } from './returning.js';

/** Who made a change: the TeamFlame account, and our user row when the change was made through the app. */
export interface ChangeActor {
  teamflameUserId: string;
  name: string;
}

export interface AppChangeInput {
  boardId: string;
  taskId: string;
  kind: string;
  /** What the write set, in the shape the board diff compares (see notifications/board-diff.ts). */
  detail: JsonObject;
  actorUserId: string;
  actor: ChangeActor;
}

/** A write is matched to a change found by a poll only this long after it was made. */
const MATCH_WINDOW = '1 day';

/** Writes made through this app, with their author: how a change found by polling is told with a name. */
export class AppChangesRepository {
  constructor(private readonly manager: EntityManager) {}

  async record(change: AppChangeInput): Promise<void> {
    await this.manager.query(
      `INSERT INTO app_changes (board_id, task_id, kind, detail, actor_user_id, actor_teamflame_user_id, actor_name)
       VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7)`,
      [
        change.boardId,
        change.taskId,
        change.kind,
        JSON.stringify(change.detail),
        change.actorUserId,
        change.actor.teamflameUserId,
        change.actor.name,
      ],
    );
  }

  /**
   * The author of the change event `eventId` (a `kind` change of the task that left it as `detail`): the
   * latest unmatched write through the app that produced exactly that, which is then used up. The same
   * event asked about again (a poll repeated after a failure) gets the same answer. Undefined: not made
   * through this app, so nobody is named.
   */
  async authorOf(
    eventId: string,
    change: { taskId: string; kind: string; detail: JsonObject },
  ): Promise<ChangeActor | undefined> {
    const columns = `actor_teamflame_user_id AS "teamflameUserId", actor_name AS "name"`;
    const [again] = returnedRows<ChangeActor>(
      await this.manager.query(`SELECT ${columns} FROM app_changes WHERE matched_event = $1 LIMIT 1`, [
        eventId,
      ]),
    );
    if (again) return again;
    const [found] = returnedRows<ChangeActor>(
      await this.manager.query(
        `UPDATE app_changes SET matched_event = $1
         WHERE id = (
           SELECT id FROM app_changes
           WHERE task_id = $2 AND kind = $3 AND detail = $4::jsonb AND matched_event IS NULL
             AND created_at > now() - interval '${MATCH_WINDOW}'
           ORDER BY created_at DESC LIMIT 1)
         RETURNING ${columns}`,
        [eventId, change.taskId, change.kind, JSON.stringify(change.detail)],
      ),
    );
    return found;
  }

  /** Rows past the match window are of no more use. */
  async prune(): Promise<void> {
    await this.manager.query(`DELETE FROM app_changes WHERE created_at < now() - interval '${MATCH_WINDOW}'`);
  }
}
