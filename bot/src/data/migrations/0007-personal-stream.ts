import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * personal_follows: people who follow "my tasks" in their personal chat with the bot. `board_ids` are the
 * boards they could see when last checked: the notifier polls them too, so a person hears about their tasks
 * without any conversation following those boards.
 */
export class PersonalStream1796100000000 implements MigrationInterface {
  name = 'PersonalStream1796100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE personal_follows (
        user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
        conversation_id text NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
        board_ids jsonb NOT NULL,
        boards_checked_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS personal_follows`);
  }
}
