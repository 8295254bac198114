import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * users.display_name becomes users.teamflame_name: who is signed in is told by the TeamFlame account's name
 * ("Demo User"), not the Teams name of the person ("Alex Wilber"). The tab's browser rows already held the
 * account's name; Teams rows held the Teams name, which is dropped here (it was shown nowhere else) and
 * filled in with the account's name at the next sign-in.
 */
export class TeamFlameAccountName1795800000000 implements MigrationInterface {
  name = 'TeamFlameAccountName1795800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users RENAME COLUMN display_name TO teamflame_name`);
    await q.query(`UPDATE users SET teamflame_name = NULL WHERE tenant_id <> 'browser'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users RENAME COLUMN teamflame_name TO display_name`);
  }
}
