// When followed boards are polled. On PostgreSQL: pg-boss jobs (pg-boss-scheduler.ts), so that several
// instances share the work and never poll one board at once. On the embedded PGlite (one process owns it,
// and pg-boss needs a real PostgreSQL server): an in-process timer with the same interface.
import type { Database } from '../data/index.js';
import type { Logger } from '../logger.js';
import type { BoardNotifier } from './notifier.js';
import { PgBossScheduler } from './pg-boss-scheduler.js';
import { startRound, type PollScheduler } from './poll-scheduler.js';

// The app takes the factory and what it returns from this one module.
export type { PollScheduler };

export function createPollScheduler(deps: {
  db: Database;
  notifier: BoardNotifier;
  logger: Logger;
  intervalSeconds: number;
  databaseUrl?: string;
}): PollScheduler {
  return deps.db.engine === 'postgres' && deps.databaseUrl
    ? new PgBossScheduler(deps.databaseUrl, deps.db, deps.notifier, deps.logger, deps.intervalSeconds)
    : new InProcessScheduler(deps.db, deps.notifier, deps.logger, deps.intervalSeconds);
}

class InProcessScheduler implements PollScheduler {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  /** Polls asked for at once and still running, which a tick waits for too. */
  private readonly pollingNow = new Set<Promise<void>>();

  constructor(
    private readonly db: Database,
    private readonly notifier: BoardNotifier,
    private readonly logger: Logger,
    private readonly intervalSeconds: number,
  ) {}

  async start(): Promise<void> {
    // A round that cannot even list the followed boards is skipped (logged), never left unhandled.
    this.timer = setInterval(
      () =>
        void this.tick().catch((e: unknown) => this.logger.warn({ err: String(e) }, 'could not poll boards')),
      this.intervalSeconds * 1000,
    );
    this.timer.unref();
  }

  async tick(): Promise<void> {
    this.running ??= this.pollAll().finally(() => (this.running = undefined));
    await this.running;
    // Their failures are their callers' to hear (and log); here they only mean the round is over.
    await Promise.allSettled([...this.pollingNow]);
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  async pollNow(boardId: string): Promise<void> {
    const poll = this.notifier.poll(boardId).then(() => undefined);
    this.pollingNow.add(poll);
    try {
      await poll;
    } finally {
      this.pollingNow.delete(poll);
    }
  }

  private async pollAll(): Promise<void> {
    await startRound(this.notifier, this.logger);
    for (const boardId of await this.db.subscriptions.subscribedBoards()) {
      await this.notifier
        .poll(boardId)
        .catch((error: unknown) => this.logger.warn({ err: String(error), boardId }, 'board poll failed'));
    }
  }
}
