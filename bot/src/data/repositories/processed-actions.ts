import { LessThan, type EntityManager } from 'typeorm';
import { ProcessedActionEntity, type JsonObject } from '../entities/index.js';

/**
 * `claimed`: this caller runs the action; `retaken` when an earlier run held the key and stopped without
 * finishing (its process died), so its write may or may not have reached TeamFlame. Otherwise the action
 * already ran or is running: answer with its result (null while it runs).
 */
export type Claim = { claimed: true; retaken: boolean } | { claimed: false; result: JsonObject | null };

/**
 * How long a claim holds unless its holder renews it. A crash mid-write leaves the claim behind; a resend
 * after this long runs the action again instead of answering "still working" for a day.
 */
export const CLAIM_LEASE_SECONDS = 15;
/** How long a finished action's answer is kept for resends (Teams resends within minutes at most). */
const RESULT_KEEP_SECONDS = 24 * 3600;

/** Idempotency keys for card actions and API writes: a resent invoke or a double click runs once. */
export class ProcessedActionsRepository {
  constructor(private readonly manager: EntityManager) {}

  /**
   * Claims a key for `leaseSeconds`. Atomic: of many racing claims one wins. A key whose lease or kept
   * result has expired can be claimed again.
   */
  async claim(key: string, leaseSeconds = CLAIM_LEASE_SECONDS): Promise<Claim> {
    // `previous` reads the row as it was before this statement: an unfinished claim being taken over.
    const rows = (await this.manager.query(
      `WITH previous AS (SELECT result IS NULL AS unfinished FROM processed_actions WHERE key = $1)
       INSERT INTO processed_actions (key, result, created_at, expires_at)
       VALUES ($1, NULL, now(), now() + make_interval(secs => $2))
       ON CONFLICT (key) DO UPDATE
         SET result = NULL, created_at = now(), expires_at = excluded.expires_at
         WHERE processed_actions.expires_at <= now()
       RETURNING (SELECT unfinished FROM previous) AS retaken`,
      [key, leaseSeconds],
    )) as { retaken: boolean | null }[];
    if (rows.length > 0) return { claimed: true, retaken: rows[0]!.retaken === true };
    const row = await this.manager.getRepository(ProcessedActionEntity).findOneBy({ key });
    return { claimed: false, result: row?.result ?? null };
  }

  /** The holder is still working: keep the claim for another lease. */
  async renew(key: string, leaseSeconds = CLAIM_LEASE_SECONDS): Promise<void> {
    await this.manager.query(
      `UPDATE processed_actions SET expires_at = now() + make_interval(secs => $2)
       WHERE key = $1 AND result IS NULL`,
      [key, leaseSeconds],
    );
  }

  /** Stores what the action answered, for resends of the same key to answer the same. */
  async complete(key: string, result: JsonObject, keepSeconds = RESULT_KEEP_SECONDS): Promise<void> {
    await this.manager
      .getRepository(ProcessedActionEntity)
      .update({ key }, { result, expiresAt: new Date(Date.now() + keepSeconds * 1000) });
  }

  /** The first run failed: let a retry with the same key run it again. */
  async release(key: string): Promise<void> {
    await this.manager.getRepository(ProcessedActionEntity).delete({ key });
  }

  /** Deletes expired keys; returns how many. */
  async purgeExpired(now = new Date()): Promise<number> {
    const result = await this.manager
      .getRepository(ProcessedActionEntity)
      .delete({ expiresAt: LessThan(now) });
    return result.affected ?? 0;
  }
}
