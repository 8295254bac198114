import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * users.signed_out_at: a Teams user (or the tab's browser identity) that signed out stays signed out until
 * it signs in again itself, even while the TeamFlame account is signed in elsewhere.
 */
export class PerPlaceSignOut1795700000000 implements MigrationInterface {
  name = 'PerPlaceSignOut1795700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users ADD COLUMN signed_out_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users DROP COLUMN IF EXISTS signed_out_at`);
  }
}
