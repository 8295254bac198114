// The database engines a suite runs on: PGlite always, and a real PostgreSQL when TEST_DATABASE_URL is set
// (always under CI=true: there, a missing PostgreSQL fails the run instead of skipping it).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, type Database, type Engine } from '../data/index.js';
import { createLogger } from '../logger.js';

export type { Engine };

/** Reads the environment it is given (default: this process's), so the CI rule itself can be tested. */
export function testEngines(env: NodeJS.ProcessEnv = process.env): Engine[] {
  if (env.TEST_DATABASE_URL) return ['pglite', 'postgres'];
  if (env.CI === 'true') {
    throw new Error('CI=true but TEST_DATABASE_URL is not set: the PostgreSQL suites must not be skipped');
  }
  return ['pglite'];
}

/** The token keys test databases use unless a test brings its own. */
export const testKeys = [randomBytes(32)];

async function asAdmin(adminUrl: string, sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

/** A fresh, empty PostgreSQL database (tf_test_<random>) beside TEST_DATABASE_URL's; `drop()` removes it. */
export async function freshPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set');
  const name = `tf_test_${randomBytes(6).toString('hex')}`;
  await asAdmin(adminUrl, `CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => asAdmin(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

export interface TestDatabaseOptions {
  /** Token keys, primary first; default `testKeys`. */
  keys?: Buffer[];
  /** false: an empty database, migrations left to the test. */
  migrate?: boolean;
  /** PGlite only: keep the files in a temporary directory instead of memory, so `reopen` finds them. */
  onDisk?: boolean;
}

export interface TestDatabase {
  engine: Engine;
  /** The open database; replaced by `reopen`. */
  database: Database;
  /** PostgreSQL only: for a second DataSource or another instance on the same database. */
  url?: string;
  /** A restart: closes `database` and opens the same storage again (e.g. with rotated keys). */
  reopen(options?: Omit<TestDatabaseOptions, 'onDisk'>): Promise<Database>;
  /** Closes the database and removes its storage. */
  dispose(): Promise<void>;
}

/** An opened (and, unless told otherwise, migrated) database of its own, on the given engine. */
export async function openTestDatabase(
  engine: Engine,
  options: TestDatabaseOptions = {},
): Promise<TestDatabase> {
  const logger = createLogger('silent');
  const storage = await createStorage(engine, options.onDisk ?? false);
  const open = (o: Omit<TestDatabaseOptions, 'onDisk'>) =>
    openDatabase({ ...storage.location, encryptionKeys: o.keys ?? testKeys, logger, migrate: o.migrate });
  let database: Database;
  try {
    database = await open(options);
  } catch (error) {
    await storage.remove();
    throw error;
  }
  const handle: TestDatabase = {
    engine,
    database,
    url: storage.location.databaseUrl,
    async reopen(again = {}) {
      if (storage.location.pgliteDir === 'memory://') {
        throw new Error('reopen needs { onDisk: true } on PGlite: an in-memory database ends when closed');
      }
      await handle.database.close();
      handle.database = await open(again);
      return handle.database;
    },
    async dispose() {
      await handle.database.close();
      await storage.remove();
    },
  };
  return handle;
}

interface Storage {
  location: { databaseUrl?: string; pgliteDir?: string };
  remove(): Promise<void>;
}

async function createStorage(engine: Engine, onDisk: boolean): Promise<Storage> {
  if (engine === 'postgres') {
    const fresh = await freshPostgresDatabase();
    return { location: { databaseUrl: fresh.url }, remove: fresh.drop };
  }
  if (!onDisk) return { location: { pgliteDir: 'memory://' }, remove: async () => undefined };
  const dir = mkdtempSync(join(tmpdir(), 'tf-pglite-'));
  return {
    location: { pgliteDir: dir },
    remove: async () => rmSync(dir, { recursive: true, force: true }),
  };
}
