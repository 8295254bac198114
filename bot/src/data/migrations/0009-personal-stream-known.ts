import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * personal_follows.overdue_known_board_ids: the boards on which what was overdue for the person when the
 * board first came into their stream is taken as known. "Follow my tasks" tells of tasks that become
 * overdue from then on, not of every old one at once.
 */
export class PersonalStreamKnown1796300000000 implements MigrationInterface {
  name = 'PersonalStreamKnown1796300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE personal_follows ADD COLUMN overdue_known_board_ids jsonb NOT NULL DEFAULT '[]'::jsonb`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE personal_follows DROP COLUMN overdue_known_board_ids`);
  }
}
