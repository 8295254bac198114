// The database engines a suite runs on: PGlite always, and a real PostgreSQL when TEST_DATABASE_URL is set
// (always under CI=true: there, a missing PostgreSQL fails the run instead of skipping it).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../data/index.js';
import { createLogger } from '../logger.js';

export type Engine = 'pglite' | 'postgres';

export function testEngines(): Engine[] {
  if (process.env.TEST_DATABASE_URL) return ['pglite', 'postgres'];
  if (process.env.CI === 'true') {
    throw new Error('CI=true but TEST_DATABASE_URL is not set: the PostgreSQL suites must not be skipped');
  }
  return ['pglite'];
}

export const testKeys = [randomBytes(32)];

/** A fresh, empty PostgreSQL database; `drop()` removes it. */
export async function freshPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set');
  const name = `tf_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

export interface TestDatabase {
  database: Database;
  /** For a second DataSource or raw SQL on the same database (PostgreSQL only). */
  url?: string;
  dispose(): Promise<void>;
}

export async function openTestDatabase(
  engine: Engine,
  options: { keys?: Buffer[]; migrate?: boolean } = {},
): Promise<TestDatabase> {
  const logger = createLogger('silent');
  const keys = options.keys ?? testKeys;
  if (engine === 'pglite') {
    const database = await openDatabase({
      encryptionKeys: keys,
      logger,
      pgliteDir: 'memory://',
      migrate: options.migrate,
    });
    return { database, dispose: () => database.close() };
  }
  const fresh = await freshPostgresDatabase();
  const database = await openDatabase({
    databaseUrl: fresh.url,
    encryptionKeys: keys,
    logger,
    migrate: options.migrate,
  });
  return {
    database,
    url: fresh.url,
    dispose: async () => {
      await database.close();
      await fresh.drop();
    },
  };
}
