// Applies pending migrations at start, once, even when several instances start together on one PostgreSQL:
// a session-level advisory lock lets one instance migrate while the others wait, then find nothing to do.
import type { DataSource } from 'typeorm';
import type { Logger } from '../logger.js';
import type { Engine } from './data-source.js';

/** Any 64-bit number every instance agrees on; it names our migration lock. */
const MIGRATION_LOCK_ID = 7_301_772_001;

export async function applyMigrations(dataSource: DataSource, engine: Engine, logger: Logger): Promise<void> {
  if (engine === 'pglite') {
    // An embedded database belongs to one process, and a held lease would block the migrator's own queries.
    await runPending(dataSource, logger);
    return;
  }
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_ID]);
    try {
      await runPending(dataSource, logger);
    } finally {
      await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_ID]);
    }
  } finally {
    await lock.release();
  }
}

async function runPending(dataSource: DataSource, logger: Logger): Promise<void> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  if (applied.length > 0) logger.info({ migrations: applied.map((m) => m.name) }, 'database migrated');
}

/**
 * Reverts every applied migration, newest first: an empty database again (tests of the down path).
 * @internal Exported only for tests (so `knip --production` does not report it).
 */
export async function revertAllMigrations(dataSource: DataSource): Promise<number> {
  let reverted = 0;
  while (await hasApplied(dataSource)) {
    await dataSource.undoLastMigration({ transaction: 'each' });
    reverted += 1;
  }
  return reverted;
}

async function hasApplied(dataSource: DataSource): Promise<boolean> {
  const table = dataSource.options.migrationsTableName ?? 'migrations';
  const [exists] = (await dataSource.query(`SELECT to_regclass($1) IS NOT NULL AS present`, [table])) as {
    present: boolean;
  }[];
  if (!exists?.present) return false;
  const [row] = (await dataSource.query(`SELECT count(*)::int AS n FROM "${table}"`)) as { n: number }[];
  return (row?.n ?? 0) > 0;
}
