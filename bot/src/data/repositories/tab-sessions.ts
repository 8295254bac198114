import { LessThan, MoreThan, type EntityManager } from 'typeorm';
import { TabSessionEntity, type TabSessionRow } from '../entities/index.js';

/** Browser sessions of the tab. A session token is good only while its row exists and has not expired. */
export class TabSessionsRepository {
  constructor(private readonly manager: EntityManager) {}

  /** Opens a session; expired sessions are removed on the way, so the table does not grow without end. */
  async open(userId: string, expiresAt: Date, now = new Date()): Promise<TabSessionRow> {
    const repo = this.manager.getRepository(TabSessionEntity);
    await repo.delete({ expiresAt: LessThan(now) });
    return repo.save(repo.create({ userId, expiresAt }));
  }

  /** The session, unless it was revoked or has expired. `id` must be a uuid (callers check). */
  async findActive(id: string, now = new Date()): Promise<TabSessionRow | undefined> {
    return (
      (await this.manager.getRepository(TabSessionEntity).findOneBy({ id, expiresAt: MoreThan(now) })) ??
      undefined
    );
  }

  /** Whether the user (the browser identity) still has a session that has not ended or expired. */
  async anyActiveFor(userId: string, now = new Date()): Promise<boolean> {
    return this.manager.getRepository(TabSessionEntity).existsBy({ userId, expiresAt: MoreThan(now) });
  }

  /** Sign-out: the session's token is refused from now on. */
  async revoke(id: string): Promise<void> {
    await this.manager.getRepository(TabSessionEntity).delete({ id });
  }
}
