import { LessThan, type EntityManager } from 'typeorm';
import { ProcessedActionEntity, type JsonObject } from '../entities/index.js';

/** `claimed`: this caller runs the action. Otherwise it already ran (or runs): answer with its result. */
export type Claim = { claimed: true } | { claimed: false; result: JsonObject | null };

const DAY_SECONDS = 24 * 3600;

/** Idempotency keys for card actions and API writes: a resent invoke or a double click runs once. */
export class ProcessedActionsRepository {
  constructor(private readonly manager: EntityManager) {}

  /**
   * Claims a key for `ttlSeconds`. A key already claimed answers with what its first run stored (null while
   * that run is still going); an expired key can be claimed again. Atomic: of many racing claims one wins.
   */
  async claim(key: string, ttlSeconds = DAY_SECONDS): Promise<Claim> {
    const inserted = await this.manager
      .createQueryBuilder()
      .insert()
      .into(ProcessedActionEntity)
      .values({ key, result: null, expiresAt: new Date(Date.now() + ttlSeconds * 1000) })
      .orUpdate(['result', 'created_at', 'expires_at'], ['key'], {
        overwriteCondition: { where: '"processed_actions"."expires_at" <= now()' },
      })
      .returning(['key'])
      .execute();
    if ((inserted.raw as unknown[]).length > 0) return { claimed: true };
    const row = await this.manager.getRepository(ProcessedActionEntity).findOneBy({ key });
    return { claimed: false, result: row?.result ?? null };
  }

  /** Stores what the action answered, for retries of the same key to answer the same. */
  async complete(key: string, result: JsonObject): Promise<void> {
    await this.manager.getRepository(ProcessedActionEntity).update({ key }, { result });
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
