import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * app_changes: each task write made through this app (bot, tab, message extension), with who made it. TeamFlame
 * does not say who changed a task, so when a poll finds the change it is matched to the row recorded here to
 * name the person. `detail` is what the write set (the column, the assignees, the due date, the name), so a
 * change is matched only to a write that produced exactly it; `matched_event` marks a row used once.
 */
export class AppChanges1795900000000 implements MigrationInterface {
  name = 'AppChanges1795900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE app_changes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        board_id text NOT NULL,
        task_id text NOT NULL,
        kind text NOT NULL,
        detail jsonb NOT NULL,
        actor_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        actor_teamflame_user_id text NOT NULL,
        actor_name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        matched_event text
      )`);
    await q.query(
      `CREATE INDEX app_changes_unmatched ON app_changes (task_id, kind) WHERE matched_event IS NULL`,
    );
    await q.query(`CREATE INDEX app_changes_age ON app_changes (created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS app_changes`);
  }
}
