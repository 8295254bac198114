// On PostgreSQL, board polls are pg-boss jobs in the application's database: every instance enqueues a
// poll per followed board each interval, and the queue's "stately" policy with the board as singleton key
// keeps at most one queued and one running poll per board, whatever the number of instances.
import PgBoss from 'pg-boss';
import type { Database } from '../data/index.js';
import type { Logger } from '../logger.js';
import type { BoardNotifier } from './notifier.js';
import type { PollScheduler } from './scheduler.js';

const QUEUE = 'poll-board';
const FINISHED = new Set(['completed', 'failed', 'cancelled']);

export class PgBossScheduler implements PollScheduler {
  private started: Promise<PgBoss> | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly databaseUrl: string,
    private readonly db: Database,
    private readonly notifier: BoardNotifier,
    private readonly logger: Logger,
    private readonly intervalSeconds: number,
  ) {}

  /** Starts pg-boss (creating its schema on first use); after stop() a new instance is made. */
  private ready(): Promise<PgBoss> {
    this.started ??= (async () => {
      const boss = new PgBoss({ connectionString: this.databaseUrl, schema: 'pgboss', max: 4 });
      boss.on('error', (error) => this.logger.warn({ err: String(error) }, 'pg-boss error'));
      await boss.start();
      await boss.createQueue(QUEUE, { name: QUEUE, policy: 'stately', retryLimit: 0, expireInSeconds: 120 });
      await boss.work<{ boardId: string }>(
        QUEUE,
        { pollingIntervalSeconds: 0.5, batchSize: 1 },
        async ([job]) => {
          if (job) await this.notifier.poll(job.data.boardId);
        },
      );
      return boss;
    })();
    return this.started;
  }

  async start(): Promise<void> {
    await this.ready();
    this.timer = setInterval(
      () =>
        void this.enqueue().catch((e: unknown) =>
          this.logger.warn({ err: String(e) }, 'could not schedule polls'),
        ),
      this.intervalSeconds * 1000,
    );
    this.timer.unref();
  }

  /** Enqueues one poll per followed board; returns the ids of the jobs this call created. */
  private async enqueue(): Promise<string[]> {
    const boss = await this.ready();
    const ids: string[] = [];
    for (const boardId of await this.db.subscriptions.subscribedBoards()) {
      const id = await boss.send(QUEUE, { boardId }, { singletonKey: boardId });
      if (id) ids.push(id); // null: a poll of this board is already waiting
    }
    return ids;
  }

  /** One round now: enqueue, then wait until those polls have run (whichever instance ran them). */
  async tick(): Promise<void> {
    const ids = await this.enqueue();
    const boss = await this.ready();
    const deadline = Date.now() + 30_000;
    for (const id of ids) {
      while (Date.now() < deadline) {
        const job = await boss.getJobById(QUEUE, id);
        if (!job || FINISHED.has(job.state)) break;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  }

  async pollNow(boardId: string): Promise<void> {
    const boss = await this.ready();
    await boss.send(QUEUE, { boardId }, { singletonKey: boardId });
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    const boss = this.started ? await this.started : undefined;
    this.started = undefined;
    if (boss) await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  }
}
