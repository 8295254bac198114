import type { EntityManager } from 'typeorm';
import { SignInAttemptEntity } from '../entities/index.js';

export interface AttemptWindow {
  /** Attempts counted in the current window, this one included. */
  attempts: number;
  windowStartedAt: Date;
}

/**
 * Sign-in attempt counters in fixed windows. Counting happens in one statement per key, so concurrent
 * attempts on any number of instances each see their own, distinct count.
 */
export class SignInAttemptsRepository {
  constructor(private readonly manager: EntityManager) {}

  /** Counts one more attempt under `key`; a window older than `windowSeconds` starts again at 1. */
  async count(key: string, windowSeconds: number, now = new Date()): Promise<AttemptWindow> {
    const windowStart = new Date(now.getTime() - windowSeconds * 1000);
    const rows = (await this.manager.query(
      `INSERT INTO sign_in_attempts AS a (key, attempts, window_started_at) VALUES ($1, 1, $2)
       ON CONFLICT (key) DO UPDATE SET
         attempts = CASE WHEN a.window_started_at <= $3 THEN 1 ELSE a.attempts + 1 END,
         window_started_at = CASE WHEN a.window_started_at <= $3 THEN $2 ELSE a.window_started_at END
       RETURNING attempts, window_started_at`,
      [key, now, windowStart],
    )) as { attempts: number; window_started_at: Date | string }[];
    const row = rows[0];
    if (!row) throw new Error('counting a sign-in attempt returned no row');
    return { attempts: row.attempts, windowStartedAt: new Date(row.window_started_at) };
  }

  /** Takes back one attempt (one that was refused before it was tried, or that succeeded). */
  async uncount(key: string): Promise<void> {
    await this.manager.query(
      `UPDATE sign_in_attempts SET attempts = GREATEST(attempts - 1, 0) WHERE key = $1`,
      [key],
    );
  }

  /** Forgets every attempt under `key` (a successful sign-in of the account). */
  async reset(key: string): Promise<void> {
    await this.manager.getRepository(SignInAttemptEntity).delete({ key });
  }

  /** Removes windows that ended before `before`: they no longer limit anyone. */
  async prune(before: Date): Promise<void> {
    await this.manager
      .createQueryBuilder()
      .delete()
      .from(SignInAttemptEntity)
      .where('window_started_at <= :before', { before })
      .execute();
  }
}
