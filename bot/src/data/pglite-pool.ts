// A pg-compatible pool over one embedded PGlite database, for TypeORM's postgres driver. PGlite is a single
// connection: if two query runners used it at once, their transactions would interleave (a ROLLBACK would
// wipe the other's rows). So each `connect()` leases the connection exclusively until TypeORM releases it.
import { AsyncLocalStorage } from 'node:async_hooks';
import { EventEmitter } from 'node:events';
import type { PGlite, Results } from '@electric-sql/pglite';
import PQueue from 'p-queue';

interface PgResult {
  rows: unknown[];
  rowCount: number;
  command: string;
  fields: Results['fields'];
}

type Callback = (error: Error | null, result?: PgResult) => void;

function commandOf(sql: string): string {
  return /^\s*(\w+)/.exec(sql)?.[1]?.toUpperCase() ?? '';
}

/**
 * Thrown instead of waiting forever for a lease the caller itself holds.
 * @internal Exported only for tests (so `knip --production` does not report it).
 */
export class PGliteSelfDeadlockError extends Error {
  override name = 'PGliteSelfDeadlockError';
  constructor() {
    super(
      'A query outside the open transaction was started from inside it; on PGlite (one connection) it would ' +
        'wait forever. Use the repositories the transaction callback receives.',
    );
  }
}

interface TransactionState {
  phase: 'starting' | 'open' | 'closed';
}

/**
 * Knows which async call chain holds the connection for a transaction. A second lease asked for from inside
 * that chain can never be granted (the queue waits for the transaction, the transaction for the query), so
 * it fails at once with a clear error instead.
 */
export class TransactionScope {
  private readonly storage = new AsyncLocalStorage<TransactionState>();

  async run<T>(work: () => Promise<T>): Promise<T> {
    const state: TransactionState = { phase: 'starting' };
    try {
      return await this.storage.run(state, work);
    } finally {
      state.phase = 'closed';
    }
  }

  /** Called for every lease: the first one in a scope is the transaction's own. */
  admit(): void {
    const state = this.storage.getStore();
    if (!state || state.phase === 'closed') return;
    if (state.phase === 'open') throw new PGliteSelfDeadlockError();
    state.phase = 'open';
  }
}

class LeasedClient extends EventEmitter {
  private released = false;

  constructor(private readonly db: PGlite) {
    super();
  }

  revoke(): void {
    this.released = true;
  }

  query(sql: string, paramsOrCallback?: unknown[] | Callback, maybeCallback?: Callback): Promise<PgResult> {
    const params = Array.isArray(paramsOrCallback) ? paramsOrCallback : undefined;
    const callback = typeof paramsOrCallback === 'function' ? paramsOrCallback : maybeCallback;
    const run = async (): Promise<PgResult> => {
      if (this.released) throw new Error('PGlite connection used after release');
      // Without parameters a query may hold several statements: exec runs them all, the last answers.
      const result: Results = params?.length
        ? await this.db.query(sql, params)
        : ((await this.db.exec(sql)).at(-1) ?? { rows: [], fields: [], affectedRows: 0 });
      return {
        rows: result.rows,
        rowCount: result.affectedRows ?? result.rows.length,
        command: commandOf(sql),
        fields: result.fields,
      };
    };
    const promise = run();
    if (callback)
      promise.then(
        (r) => callback(null, r),
        (e: Error) => callback(e),
      );
    return promise;
  }
}

interface SerializedPGlitePoolOptions {
  pglite: PGlite;
  scope?: TransactionScope;
}

class SerializedPGlitePool extends EventEmitter {
  private readonly queue = new PQueue({ concurrency: 1 });
  private readonly db: PGlite;
  private readonly scope: TransactionScope | undefined;

  /** TypeORM passes its connection options; ours carry the PGlite instance (and scope) in `extra`. */
  constructor(options: SerializedPGlitePoolOptions) {
    super();
    this.db = options.pglite;
    this.scope = options.scope;
  }

  connect(callback: (error: Error | null, client?: LeasedClient, release?: () => void) => void): void {
    try {
      this.scope?.admit();
    } catch (error) {
      callback(error as Error);
      return;
    }
    void this.queue.add(
      () =>
        new Promise<void>((release) => {
          const client = new LeasedClient(this.db);
          callback(null, client, () => {
            client.revoke();
            release();
          });
        }),
    );
  }

  /** The PGlite instance is closed by its owner (the Database), after TypeORM is done with it. */
  end(callback?: (error: Error | null) => void): void {
    callback?.(null);
  }
}

/** The `driver` option TypeORM's postgres driver accepts in place of `pg`. */
export const serializedPGliteDriver = { Pool: SerializedPGlitePool };
