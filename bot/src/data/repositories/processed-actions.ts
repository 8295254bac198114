import { LessThan, type EntityManager } from 'typeorm';
import { ProcessedActionEntity, type JsonObject } from '../entities/index.js';

export type Claim = { claimed: true } | { claimed: false; result: JsonObject | null };

/** Idempotency keys for card actions and API writes: a resent invoke or a double click runs once. */
export class ProcessedActionsRepository {
  constructor(private readonly manager: EntityManager) {}

  /** Claims a key; a key already claimed answers with what its first run stored (null while running). */
  async claim(key: string, ttlSeconds = 24 * 3600): Promise<Claim> {
    const inserted = await this.manager
      .createQueryBuilder()
      .insert()
      .into(ProcessedActionEntity)
      .values({ key, result: null, expiresAt: new Date(Date.now() + ttlSeconds * 1000) })
      .orIgnore()
      .returning(['key'])
      .execute();
    if (inserted.raw.length > 0) return { claimed: true };
    const row = await this.manager.getRepository(ProcessedActionEntity).findOneBy({ key });
    return { claimed: false, result: row?.result ?? null };
  }

  async complete(key: string, result: JsonObject): Promise<void> {
    await this.manager.getRepository(ProcessedActionEntity).update({ key }, { result });
  }

  /** Lets a failed first run be tried again. */
  async release(key: string): Promise<void> {
    await this.manager.getRepository(ProcessedActionEntity).delete({ key });
  }

  async purgeExpired(now = new Date()): Promise<number> {
    const result = await this.manager
      .getRepository(ProcessedActionEntity)
      .delete({ expiresAt: LessThan(now) });
    return result.affected ?? 0;
  }
}
