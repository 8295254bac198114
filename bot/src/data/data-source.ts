// Builds the TypeORM DataSource for either engine. Both speak PostgreSQL through TypeORM's postgres driver:
// `pg` for a server, our serialized pool over one embedded PGlite otherwise.
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { DataSource } from 'typeorm';
import type { Logger } from '../logger.js';
import { ENTITIES } from './entities/index.js';
import { MIGRATIONS } from './migrations/index.js';
import { lockDataDir } from './pglite-dir-lock.js';
import { serializedPGliteDriver, TransactionScope } from './pglite-pool.js';

export type Engine = 'postgres' | 'pglite';

export interface OpenedDataSource {
  dataSource: DataSource;
  engine: Engine;
  /** PGlite only: lets the Database refuse a query that would wait for its own transaction. */
  scope?: TransactionScope;
  /** Releases what the DataSource does not own (the PGlite instance), after `dataSource.destroy()`. */
  release: () => Promise<void>;
}

const common = {
  type: 'postgres' as const,
  entities: ENTITIES,
  migrations: MIGRATIONS,
  migrationsTransactionMode: 'each' as const,
  // The migrations own the schema, everywhere.
  synchronize: false,
  migrationsRun: false,
  logging: false,
  // PGlite has no uuid-ossp; gen_random_uuid() is built into PostgreSQL 13+ and PGlite.
  installExtensions: false,
  uuidExtension: 'pgcrypto' as const,
};

export function postgresDataSource(url: string, logger: Logger): OpenedDataSource {
  const dataSource = new DataSource({
    ...common,
    url,
    applicationName: 'teamflame-teams',
    // An unreachable server fails start and /readyz within seconds instead of hanging.
    connectTimeoutMS: 10_000,
    // An idle pooled connection that breaks (the server restarted, the network dropped) raises `error` on
    // the pool; pg-pool has already discarded it and opens a new one on demand. Unheard, that event would
    // end the process.
    poolErrorHandler: (error: unknown) =>
      logger.warn({ err: String(error) }, 'a pooled PostgreSQL connection broke; the pool replaces it'),
    // A connection whose peer vanished without a word is found out by TCP keepalive within about a
    // minute, instead of the operating system's two hours.
    extra: { keepAlive: true, keepAliveInitialDelayMillis: 10_000 },
  });
  return { dataSource, engine: 'postgres', release: async () => undefined };
}

/** `dir` is a directory (created if missing) or `memory://` for a throwaway database. */
export async function pgliteDataSource(dir: string): Promise<OpenedDataSource> {
  const inMemory = dir.startsWith('memory://');
  if (!inMemory) mkdirSync(dir, { recursive: true });
  const unlock = inMemory ? () => undefined : lockDataDir(dir);
  let pglite: PGlite;
  try {
    pglite = await PGlite.create(dir);
  } catch (error) {
    unlock();
    throw error;
  }
  const scope = new TransactionScope();
  const dataSource = new DataSource({ ...common, driver: serializedPGliteDriver, extra: { pglite, scope } });
  const release = async () => {
    try {
      await pglite.close();
    } finally {
      unlock();
    }
  };
  return { dataSource, engine: 'pglite', scope, release };
}
