// On PostgreSQL, board polls are pg-boss jobs in the application's database: every instance enqueues a
// poll per followed board each interval, and the queue's "stately" policy with the board as singleton key
// keeps at most one queued and one running poll per board, whatever the number of instances.
//
// The database may go away at any moment (a failover, a restart): nothing here may reject unhandled or stop
// for good. pg-boss reports its own trouble through its `error` event; everything this class asks of it is
// awaited and caught; and once the database is back, polling resumes without a restart.
import PgBoss from 'pg-boss';
import type { Database } from '../data/index.js';
import type { Logger } from '../logger.js';
import type { BoardNotifier } from './notifier.js';
import { startRound, type PollScheduler } from './poll-scheduler.js';

const QUEUE = 'poll-board';
const FINISHED = new Set(['completed', 'failed', 'cancelled']);
/** pg-boss expires a poll running longer than this (and so lets another one of its board start). */
const EXPIRE_SECONDS = 120;
/** How often the worker looks for a poll when it found none. */
const FETCH_INTERVAL_MS = 500;
/** How often recording a finished poll is tried again while the database is away. */
const SETTLE_RETRY_MS = 1000;

interface PollJob {
  boardId: string;
}

export class PgBossScheduler implements PollScheduler {
  private started: Promise<PgBoss> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private worker: { done: Promise<void>; stop: AbortController } | undefined;

  constructor(
    private readonly databaseUrl: string,
    private readonly db: Database,
    private readonly notifier: BoardNotifier,
    private readonly logger: Logger,
    private readonly intervalSeconds: number,
  ) {}

  /**
   * Starts pg-boss (creating its schema on first use) and the worker; after stop() a new instance is made.
   * A failed start is forgotten, so the next call tries again instead of failing forever.
   */
  private ready(): Promise<PgBoss> {
    this.started ??= this.boot().catch((error: unknown) => {
      this.started = undefined;
      throw error;
    });
    return this.started;
  }

  private async boot(): Promise<PgBoss> {
    // No cron schedules are used: without the timekeeper there is one less loop querying the database.
    const boss = new PgBoss({
      connectionString: this.databaseUrl,
      schema: 'pgboss',
      max: 4,
      schedule: false,
    });
    // Its pool's dropped connections and its maintenance failures arrive here; unheard, they would crash.
    boss.on('error', (error) => this.logger.warn({ err: String(error) }, 'pg-boss error'));
    try {
      await boss.start();
      await boss.createQueue(QUEUE, {
        name: QUEUE,
        policy: 'stately',
        retryLimit: 0,
        expireInSeconds: EXPIRE_SECONDS,
      });
    } catch (error) {
      // The start's own error is what the caller hears; a failure to clean up after it is only logged.
      await boss
        .stop({ graceful: false })
        .catch((stopError: unknown) =>
          this.logger.warn({ err: String(stopError) }, 'could not stop pg-boss after a failed start'),
        );
      throw error;
    }
    const stop = new AbortController();
    this.worker = { stop, done: this.work(boss, stop.signal) };
    return boss;
  }

  /**
   * The worker, in place of `boss.work()`: pg-boss 10 calls `complete`/`fail` after a handler without
   * awaiting them, so a poll ending while the database is away left an unhandled rejection (the process
   * died) and the job active, which with the stately policy blocks its board until the job expires. Here
   * the end of every poll is recorded, retried until the database answers again.
   */
  private async work(boss: PgBoss, signal: AbortSignal): Promise<void> {
    while (!signal.aborted) {
      // fetch() answers [] when the database is away (pg-boss swallows that error).
      const [job] = await boss.fetch<PollJob>(QUEUE, { batchSize: 1 }).catch((error: unknown) => {
        this.logger.warn({ err: String(error) }, 'could not fetch polls');
        return [];
      });
      if (!job) {
        await sleep(FETCH_INTERVAL_MS, signal);
        continue;
      }
      const failure = await withinSeconds(this.notifier.poll(job.data.boardId), EXPIRE_SECONDS).then(
        () => undefined,
        (error: unknown) => error,
      );
      if (failure !== undefined)
        this.logger.warn({ err: String(failure), boardId: job.data.boardId }, 'board poll failed');
      await this.settle(boss, job.id, failure, signal);
    }
  }

  /** Marks the job completed or failed; gives up when stopping or once pg-boss would have expired it anyway. */
  private async settle(boss: PgBoss, id: string, failure: unknown, signal: AbortSignal): Promise<void> {
    const deadline = Date.now() + EXPIRE_SECONDS * 1000;
    for (;;) {
      try {
        if (failure === undefined) await boss.complete(QUEUE, id);
        else await boss.fail(QUEUE, id, { message: String(failure) });
        return;
      } catch (error) {
        if (signal.aborted || Date.now() > deadline) {
          this.logger.warn({ err: String(error), jobId: id }, 'could not record the end of a poll');
          return;
        }
        await sleep(SETTLE_RETRY_MS, signal);
      }
    }
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
    await startRound(this.notifier, this.logger);
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

  /** Lets the running poll finish and be recorded, then stops pg-boss. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    // A failed start has nothing to stop, and its error already went to whoever asked for the start
    // (the call to start, tick or pollNow rejected with it; the interval's enqueue logged it).
    const boss = this.started ? await this.started.catch(() => undefined) : undefined;
    this.started = undefined;
    const worker = this.worker;
    this.worker = undefined;
    worker?.stop.abort();
    await worker?.done;
    if (boss) await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  }
}

/** Resolves after `ms`, or at once when `signal` aborts. */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

/** The work's outcome, or a rejection once it has run longer than pg-boss lets a job run. */
function withinSeconds<T>(work: Promise<T>, seconds: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`poll still running after ${seconds} s`)), seconds * 1000);
  });
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}
