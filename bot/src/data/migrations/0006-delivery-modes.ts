import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How a subscription is delivered: `instant` (a card per poll, as before), `every` N minutes, or `daily` at a
 * time of day in the conversation's time zone (known from Teams when it sent one, else UTC). `next_digest_at`
 * is when the next digest is due; digest_items holds the changes waiting for it, one row per subscription and
 * event, so a change is collected once and a digest claims its rows atomically. The values are checked where
 * they are parsed (the subscribe command and the board card's form), once.
 */
export class DeliveryModes1796000000000 implements MigrationInterface {
  name = 'DeliveryModes1796000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE subscriptions
        ADD COLUMN delivery text NOT NULL DEFAULT 'instant',
        ADD COLUMN every_minutes integer,
        ADD COLUMN daily_at text,
        ADD COLUMN time_zone text,
        ADD COLUMN next_digest_at timestamptz`);
    await q.query(`
      CREATE TABLE digest_items (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        subscription_id uuid NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
        event_id text NOT NULL,
        change jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (subscription_id, event_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS digest_items`);
    await q.query(`
      ALTER TABLE subscriptions
        DROP COLUMN IF EXISTS delivery, DROP COLUMN IF EXISTS every_minutes, DROP COLUMN IF EXISTS daily_at,
        DROP COLUMN IF EXISTS time_zone, DROP COLUMN IF EXISTS next_digest_at`);
  }
}
