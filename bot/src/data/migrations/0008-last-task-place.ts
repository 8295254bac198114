import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where each person last created a task from the message extension (board and column), so the next
 * "Create task from this message" form starts there. A table of its own, one row per user row, gone with it.
 */
export class LastTaskPlace1796200000000 implements MigrationInterface {
  name = 'LastTaskPlace1796200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE last_task_places (
        user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
        board_id text NOT NULL,
        column_id text,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE last_task_places`);
  }
}
