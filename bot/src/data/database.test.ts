// The database as a whole: readiness, transactions, key rotation across a restart, migrations, instances.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../logger.js';
import {
  freshPostgresDatabase,
  openTestDatabase,
  testEngines,
  type TestDatabase,
} from '../test-support/databases.js';
import { openDatabase } from './database.js';
import { keyIdOf } from './token-cipher.js';
import { revertAllMigrations } from './migrator.js';
import { MIGRATIONS } from './migrations/index.js';
import { DataDirInUseError } from './pglite-dir-lock.js';
import { PGliteSelfDeadlockError } from './pglite-pool.js';

const tokens = {
  accessToken: 'ACCESS-SECRET-abc123',
  refreshToken: 'REFRESH-SECRET-def456',
  accessExpiresAt: new Date('2030-01-01T00:00:00Z'),
};

const TABLES = [
  'app_changes',
  'board_snapshots',
  'conversations',
  'digest_items',
  'last_task_places',
  'notification_events',
  'personal_follows',
  'processed_actions',
  'sent_cards',
  'sign_in_attempts',
  'subscriptions',
  'tab_sessions',
  'tokens',
  'users',
];

describe.each(testEngines())('database on %s', (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(engine);
  });
  afterAll(() => t.dispose());

  it('is ready once migrated', async () => {
    expect(await t.database.isReady()).toBe(true);
  });

  it('serializes concurrent transactions: 20 at once, 4 rolling back, leave exactly 16 rows', async () => {
    const board = `serial-${randomBytes(4).toString('hex')}`;
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        t.database.transaction(async (tx) => {
          await tx.events.record({ id: `${board}-${i}`, boardId: board, kind: 'created', payload: { i } });
          // Yield mid-transaction, so that without serialization the others' statements would slip in.
          await new Promise((resolve) => setTimeout(resolve, 5));
          await tx.snapshots.save(board, { last: i });
          if (i % 5 === 0) throw new Error(`roll back ${i}`);
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(4);
    const [row] = (await t.database.dataSource.query(
      `SELECT count(*)::int AS n FROM notification_events WHERE board_id = $1`,
      [board],
    )) as { n: number }[];
    expect(row?.n).toBe(16);
    expect((await t.database.events.pending(board)).map((e) => e.payload.i)).not.toContain(5);
  });

  it('keeps a transaction all-or-nothing, and its writes visible only to itself until commit', async () => {
    const board = `atomic-${randomBytes(4).toString('hex')}`;
    await expect(
      t.database.transaction(async (tx) => {
        await tx.snapshots.save(board, { v: 1 });
        expect((await tx.snapshots.get(board))?.snapshot).toEqual({ v: 1 });
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await t.database.snapshots.get(board)).toBeUndefined();
  });

  it('signs in atomically: the link and the tokens, or neither', async () => {
    const user = await t.database.recordSignIn(
      { tenantId: 't', channelUserId: '29:atomic', teamflameUserId: 'tf-atomic' },
      tokens,
    );
    expect(user.teamflameUserId).toBe('tf-atomic');
    expect(await t.database.tokens.get('tf-atomic')).toEqual(tokens);
  });

  // Opens an on-disk PGlite four times: about 25 s on a loaded two-core machine.
  it('rotates the key: rows sealed with the old key still read after a restart with a new primary key', async () => {
    const oldKey = randomBytes(32);
    const newKey = randomBytes(32);
    const own = await openTestDatabase(engine, { keys: [oldKey], onDisk: true });
    try {
      await own.database.tokens.save('tf-rot', tokens);
      const rotated = await own.reopen({ keys: [newKey, oldKey] });
      expect(await rotated.tokens.get('tf-rot')).toEqual(tokens);
      await rotated.tokens.save('tf-rot-new', tokens);
      const keyIds = async () =>
        Object.fromEntries(
          (
            (await rotated.dataSource.query(`SELECT teamflame_user_id, key_id FROM tokens ORDER BY 1`)) as {
              teamflame_user_id: string;
              key_id: string;
            }[]
          ).map((r) => [r.teamflame_user_id, r.key_id]),
        );
      expect(await keyIds()).toEqual({ 'tf-rot': keyIdOf(oldKey), 'tf-rot-new': keyIdOf(newKey) });

      // Resealing moves the old rows to the new key; then the old key can be retired.
      expect(await rotated.tokens.resealWithPrimaryKey()).toBe(1);
      expect(await keyIds()).toEqual({ 'tf-rot': keyIdOf(newKey), 'tf-rot-new': keyIdOf(newKey) });
      const retired = await own.reopen({ keys: [newKey] });
      expect(await retired.tokens.get('tf-rot')).toEqual(tokens);

      // A row whose key is gone reads as signed out (sign in again), not as a crash.
      const lost = await own.reopen({ keys: [randomBytes(32)] });
      expect(await lost.tokens.get('tf-rot')).toBeUndefined();
    } finally {
      await own.dispose();
    }
  }, 120_000);

  it('migrates an empty database to the current schema, which matches the entities, and back down', async () => {
    const bare = await openTestDatabase(engine, { migrate: false });
    try {
      const { dataSource } = bare.database;
      const tables = async () =>
        (
          (await dataSource.query(
            `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`,
          )) as { table_name: string }[]
        )
          .map((r) => r.table_name)
          .filter((name) => name !== 'migrations');
      expect(await tables()).toEqual([]);
      expect(await bare.database.isReady()).toBe(false);

      const applied = await dataSource.runMigrations({ transaction: 'each' });
      expect(applied.map((m) => m.name)).toEqual(MIGRATIONS.map((m) => m.name));
      expect(await tables()).toEqual(TABLES);
      expect(await bare.database.isReady()).toBe(true);
      // TypeORM's own diff of entities against the migrated schema finds nothing to change.
      const drift = await dataSource.driver.createSchemaBuilder().log();
      expect(drift.upQueries.map((q) => q.query)).toEqual([]);

      expect(await revertAllMigrations(dataSource)).toBe(MIGRATIONS.length);
      expect(await tables()).toEqual([]);
      await dataSource.runMigrations({ transaction: 'each' });
      expect(await tables()).toEqual(TABLES);
    } finally {
      await bare.dispose();
    }
  }, 120_000);
});

// Each test here opens PGlite (WebAssembly start-up and migrations) two or three times: CPU-bound work
// that takes well over the default ceiling on a loaded machine, so these get a higher one.
describe('PGlite specifics', { timeout: 120_000 }, () => {
  it('refuses, instead of hanging, a query outside a transaction from inside it', async () => {
    const t = await openTestDatabase('pglite');
    try {
      await expect(
        t.database.transaction(async () => {
          await t.database.snapshots.get('any');
        }),
      ).rejects.toBeInstanceOf(PGliteSelfDeadlockError);
      // The connection is free again, and work started after the transaction runs normally.
      expect(await t.database.isReady()).toBe(true);
      await t.database.transaction(async (tx) => tx.snapshots.save('after', { ok: true }));
      expect((await t.database.snapshots.get('after'))?.snapshot).toEqual({ ok: true });
    } finally {
      await t.dispose();
    }
  });

  it('keeps its data under <dataDir>/pglite across restarts', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tf-data-'));
    const options = { dataDir, encryptionKeys: [randomBytes(32)], logger: createLogger('silent') };
    try {
      const first = await openDatabase(options);
      await first.snapshots.save('kept', { v: 1 });
      await first.close();
      await first.close();
      const second = await openDatabase(options);
      try {
        expect((await second.snapshots.get('kept'))?.snapshot).toEqual({ v: 1 });
        expect(await second.isReady()).toBe(true);
      } finally {
        await second.close();
      }
      expect(await second.isReady()).toBe(false);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('refuses to open a directory another open database is using, and takes over a stale lock', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tf-data-'));
    const options = { dataDir, encryptionKeys: [randomBytes(32)], logger: createLogger('silent') };
    try {
      const first = await openDatabase(options);
      await expect(openDatabase(options)).rejects.toBeInstanceOf(DataDirInUseError);
      await first.close();
      // A lock left behind by a process that has ended (pid 2^22 + 1 is above Linux's pid limit).
      writeFileSync(join(dataDir, 'pglite.lock'), String(2 ** 22 + 1));
      const second = await openDatabase(options);
      expect(await second.isReady()).toBe(true);
      await second.close();
      // One left by an earlier process that had our pid (a container restart).
      writeFileSync(join(dataDir, 'pglite.lock'), String(process.pid));
      const third = await openDatabase(options);
      await third.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('needs a place for its files when no database URL is given', async () => {
    await expect(
      openDatabase({ encryptionKeys: [randomBytes(32)], logger: createLogger('silent') }),
    ).rejects.toThrow(/dataDir/);
  });
});

describe.runIf(testEngines().includes('postgres'))('two instances on one fresh PostgreSQL', () => {
  it('start together and apply the schema once', async () => {
    const fresh = await freshPostgresDatabase();
    const logger = createLogger('silent');
    try {
      const instances = await Promise.all(
        [0, 1].map(() => openDatabase({ databaseUrl: fresh.url, encryptionKeys: [randomBytes(32)], logger })),
      );
      try {
        const applied = (await instances[0]!.dataSource.query(`SELECT name FROM migrations ORDER BY id`)) as {
          name: string;
        }[];
        expect(applied.map((r) => r.name)).toEqual(MIGRATIONS.map((m) => m.name));
        for (const instance of instances) expect(await instance.isReady()).toBe(true);
        // Both serve the same data.
        await instances[0]!.snapshots.save('shared', { from: 0 });
        expect((await instances[1]!.snapshots.get('shared'))?.snapshot).toEqual({ from: 0 });
      } finally {
        await Promise.all(instances.map((instance) => instance.close()));
      }
    } finally {
      await fresh.drop();
    }
  });

  it('is not ready when the server cannot be reached', async () => {
    const fresh = await freshPostgresDatabase();
    const database = await openDatabase({
      databaseUrl: fresh.url,
      encryptionKeys: [randomBytes(32)],
      logger: createLogger('silent'),
    });
    try {
      expect(await database.isReady()).toBe(true);
      await fresh.drop();
      expect(await database.isReady()).toBe(false);
    } finally {
      await database.close();
    }
  });
});
