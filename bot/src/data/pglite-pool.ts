// A pg-compatible pool over one embedded PGlite database, for TypeORM's postgres driver. PGlite is a single
// connection: if two query runners used it at once, their transactions would interleave (a ROLLBACK would
// wipe the other's rows). So each `connect()` leases the connection exclusively until TypeORM releases it.
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

export class SerializedPGlitePool extends EventEmitter {
  private readonly queue = new PQueue({ concurrency: 1 });
  private readonly db: PGlite;

  /** TypeORM passes its connection options; ours carry the PGlite instance in `extra.pglite`. */
  constructor(options: { pglite: PGlite }) {
    super();
    this.db = options.pglite;
  }

  connect(callback: (error: Error | null, client?: LeasedClient, release?: () => void) => void): void {
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
