// Polls every followed board every POLL_INTERVAL_SECONDS. On PostgreSQL each poll of a board runs under an
// advisory lock taken with "try": when several instances tick together, one polls and the
// others skip that board. (pg-boss 10 was planned for this; see the README for why it is not used yet.)
import type { Database } from '../data/index.js';
import type { Logger } from '../logger.js';
import type { BoardNotifier } from './notifier.js';

export class PollScheduler {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly db: Database,
    private readonly notifier: BoardNotifier,
    private readonly logger: Logger,
    private readonly intervalSeconds: number,
  ) {}

  start(): void {
    this.timer = setInterval(() => void this.tick(), this.intervalSeconds * 1000);
    this.timer.unref();
  }

  /** One round over every followed board (also what tests call). */
  tick(): Promise<void> {
    this.running ??= this.pollAll().finally(() => (this.running = undefined));
    return this.running;
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  private async pollAll(): Promise<void> {
    for (const boardId of await this.db.subscriptions.subscribedBoards()) {
      try {
        await this.pollExclusively(boardId);
      } catch (error) {
        this.logger.warn({ err: String(error), boardId }, 'board poll failed');
      }
    }
  }

  private async pollExclusively(boardId: string): Promise<void> {
    if (this.db.engine === 'pglite') {
      await this.notifier.poll(boardId); // one process owns an embedded database
      return;
    }
    const lock = this.db.dataSource.createQueryRunner();
    await lock.connect();
    try {
      const [{ locked }] = await lock.query(`SELECT pg_try_advisory_lock(hashtext($1)) AS locked`, [
        `poll:${boardId}`,
      ]);
      if (!locked) return;
      try {
        await this.notifier.poll(boardId);
      } finally {
        await lock.query(`SELECT pg_advisory_unlock(hashtext($1))`, [`poll:${boardId}`]);
      }
    } finally {
      await lock.release();
    }
  }
}
