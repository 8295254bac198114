import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * tab_sessions: one row per browser session of the tab, so signing out revokes that session's token for good.
 * sign_in_attempts: sign-in attempt counters per account and per client, kept in the database so every
 * instance behind a load balancer counts the same attempts.
 */
export class SessionsAndSignInThrottle1795600000000 implements MigrationInterface {
  name = 'SessionsAndSignInThrottle1795600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE tab_sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX tab_sessions_user ON tab_sessions (user_id)`);
    await q.query(`CREATE INDEX tab_sessions_expiry ON tab_sessions (expires_at)`);
    await q.query(`
      CREATE TABLE sign_in_attempts (
        key text PRIMARY KEY,
        attempts integer NOT NULL,
        window_started_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX sign_in_attempts_window ON sign_in_attempts (window_started_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS sign_in_attempts`);
    await q.query(`DROP TABLE IF EXISTS tab_sessions`);
  }
}
