import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1795500000000 implements MigrationInterface {
  name = 'InitialSchema1795500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id text NOT NULL,
        aad_object_id text,
        channel_user_id text NOT NULL,
        teamflame_user_id text NOT NULL,
        teamflame_email text,
        display_name text,
        locale text,
        chosen_board_id text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE UNIQUE INDEX users_aad_tenant ON users (aad_object_id, tenant_id) WHERE aad_object_id IS NOT NULL`,
    );
    await q.query(`CREATE UNIQUE INDEX users_channel_user ON users (tenant_id, channel_user_id)`);
    await q.query(`CREATE INDEX users_teamflame_user ON users (teamflame_user_id)`);
    await q.query(`
      CREATE TABLE tokens (
        teamflame_user_id text PRIMARY KEY,
        key_id text NOT NULL,
        access_ciphertext text NOT NULL,
        refresh_ciphertext text,
        access_expires_at timestamptz NOT NULL,
        refresh_expires_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE conversations (
        id text PRIMARY KEY,
        tenant_id text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('personal', 'groupChat', 'channel')),
        reference jsonb NOT NULL,
        installed boolean NOT NULL DEFAULT true,
        chosen_board_id text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE subscriptions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        conversation_id text NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
        board_id text NOT NULL,
        subscribed_by uuid REFERENCES users (id) ON DELETE SET NULL,
        events jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (conversation_id, board_id)
      )`);
    await q.query(`CREATE INDEX subscriptions_board ON subscriptions (board_id)`);
    await q.query(`
      CREATE TABLE board_snapshots (
        board_id text PRIMARY KEY,
        snapshot jsonb NOT NULL,
        taken_at timestamptz NOT NULL
      )`);
    await q.query(`
      CREATE TABLE notification_events (
        id text PRIMARY KEY,
        board_id text NOT NULL,
        kind text NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        dispatched_at timestamptz
      )`);
    await q.query(
      `CREATE INDEX notification_events_pending ON notification_events (board_id) WHERE dispatched_at IS NULL`,
    );
    await q.query(`
      CREATE TABLE sent_cards (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        conversation_id text NOT NULL,
        activity_id text NOT NULL,
        task_id text,
        board_id text,
        card_kind text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (conversation_id, activity_id)
      )`);
    await q.query(`CREATE INDEX sent_cards_task ON sent_cards (task_id)`);
    await q.query(`
      CREATE TABLE processed_actions (
        key text PRIMARY KEY,
        result jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX processed_actions_expiry ON processed_actions (expires_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'processed_actions',
      'sent_cards',
      'notification_events',
      'board_snapshots',
      'subscriptions',
      'conversations',
      'tokens',
      'users',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
