import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../logger.js';
import {
  freshPostgresDatabase,
  openTestDatabase,
  testEngines,
  type TestDatabase,
} from '../test-support/databases.js';
import { openDatabase } from './database.js';
import { TokensRepository } from './repositories/tokens.js';
import { TokenCipher } from './token-cipher.js';

const tokens = {
  accessToken: 'eyJhbGciOiJIUzI1NiJ9.eyJ1c2VySWQiOiJ1MSJ9.ACCESS-SECRET-abc123',
  refreshToken: 'REFRESH-SECRET-def456',
  accessExpiresAt: new Date('2030-01-01T00:00:00Z'),
};

describe.each(testEngines())('data layer on %s', (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(engine);
  });
  afterAll(() => t.dispose());

  it('is ready once migrated', async () => {
    expect(await t.database.isReady()).toBe(true);
  });

  it('links a Teams user to TeamFlame and finds them by AAD id or channel id', async () => {
    const { users } = t.database;
    const linked = await users.link({
      tenantId: 't1',
      channelUserId: '29:a',
      aadObjectId: 'aad-a',
      displayName: 'Anna',
      teamflameUserId: 'tf-1',
      teamflameEmail: 'a@x',
    });
    expect(
      (await users.findByTeams({ tenantId: 't1', channelUserId: 'other', aadObjectId: 'aad-a' }))?.id,
    ).toBe(linked.id);
    expect((await users.findByTeams({ tenantId: 't1', channelUserId: '29:a' }))?.id).toBe(linked.id);
    expect(await users.findByTeams({ tenantId: 't2', channelUserId: '29:a' })).toBeUndefined();
    const relinked = await users.link({ tenantId: 't1', channelUserId: '29:a', teamflameUserId: 'tf-2' });
    expect(relinked.id).toBe(linked.id);
    expect((await users.findByAad('t1', 'aad-a'))?.teamflameUserId).toBe('tf-2');
    await users.rememberBoard(linked.id, 'board-9');
    expect((await users.findById(linked.id))?.chosenBoardId).toBe('board-9');
  });

  it('stores tokens encrypted: the raw table holds neither token in plaintext', async () => {
    await t.database.tokens.save('tf-raw', tokens);
    const raw = await t.database.dataSource.query(`SELECT * FROM tokens WHERE teamflame_user_id = 'tf-raw'`);
    const text = JSON.stringify(raw);
    expect(text).not.toContain('ACCESS-SECRET');
    expect(text).not.toContain(tokens.accessToken);
    expect(text).not.toContain(tokens.refreshToken);
    expect(await t.database.tokens.get('tf-raw')).toEqual(tokens);
  });

  it('deletes tokens on sign-out', async () => {
    await t.database.tokens.save('tf-out', tokens);
    await t.database.tokens.delete('tf-out');
    expect(await t.database.tokens.get('tf-out')).toBeUndefined();
  });

  it('records conversations and stops sending to an uninstalled one', async () => {
    const { conversations, subscriptions } = t.database;
    await conversations.record({
      id: 'conv-1',
      tenantId: 't1',
      kind: 'channel',
      reference: { serviceUrl: 'http://x', conversation: { id: 'conv-1' } },
    });
    await conversations.rememberBoard('conv-1', 'b1');
    await subscriptions.subscribe('conv-1', 'b1', null);
    await subscriptions.subscribe('conv-1', 'b1', null); // idempotent
    expect((await subscriptions.forBoard('b1')).map((s) => s.conversationId)).toEqual(['conv-1']);
    expect(await subscriptions.subscribedBoards()).toContain('b1');
    await conversations.markUninstalled('conv-1');
    expect(await subscriptions.forBoard('b1')).toEqual([]);
    expect((await conversations.get('conv-1'))?.installed).toBe(false);
    await conversations.record({ id: 'conv-1', tenantId: 't1', kind: 'channel', reference: {} });
    expect((await conversations.get('conv-1'))?.installed).toBe(true);
    expect(await subscriptions.unsubscribe('conv-1', 'b1')).toBe(true);
    expect(await subscriptions.unsubscribe('conv-1', 'b1')).toBe(false);
  });

  it('claims an idempotency key once and replays the stored result', async () => {
    const { processedActions } = t.database;
    const key = `k-${randomBytes(4).toString('hex')}`;
    expect(await processedActions.claim(key)).toEqual({ claimed: true });
    expect(await processedActions.claim(key)).toEqual({ claimed: false, result: null });
    await processedActions.complete(key, { taskId: 'x' });
    expect(await processedActions.claim(key)).toEqual({ claimed: false, result: { taskId: 'x' } });
    const claims = await Promise.all(Array.from({ length: 10 }, () => processedActions.claim(`${key}-race`)));
    expect(claims.filter((c) => c.claimed)).toHaveLength(1);
  });

  it('keeps sent cards per task, snapshots, and events exactly once', async () => {
    await t.database.sentCards.record({
      conversationId: 'c',
      activityId: 'a1',
      taskId: 'task-1',
      cardKind: 'task',
    });
    await t.database.sentCards.record({
      conversationId: 'c',
      activityId: 'a1',
      taskId: 'task-1',
      cardKind: 'task',
    });
    expect(await t.database.sentCards.forTask('task-1')).toHaveLength(1);
    await t.database.snapshots.save('b2', { tasks: { x: 'col' } });
    expect((await t.database.snapshots.get('b2'))?.snapshot).toEqual({ tasks: { x: 'col' } });
    expect(await t.database.events.record({ id: 'e1', boardId: 'b2', kind: 'moved', payload: {} })).toBe(
      true,
    );
    expect(await t.database.events.record({ id: 'e1', boardId: 'b2', kind: 'moved', payload: {} })).toBe(
      false,
    );
    expect((await t.database.events.pending('b2')).map((e) => e.id)).toEqual(['e1']);
    await t.database.events.markDispatched(['e1']);
    expect(await t.database.events.pending('b2')).toEqual([]);
  });

  it('serializes concurrent transactions: 20 at once, 4 rolling back, leave exactly 16 rows', async () => {
    const tag = randomBytes(4).toString('hex');
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        t.database.transaction(async (tx) => {
          await tx.events.record({ id: `${tag}-${i}`, boardId: tag, kind: 'created', payload: { i } });
          await new Promise((r) => setTimeout(r, 5));
          if (i % 5 === 0) throw new Error('roll back');
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(4);
    const rows = await t.database.dataSource.query(
      `SELECT count(*)::int AS n FROM notification_events WHERE board_id = $1`,
      [tag],
    );
    expect(rows[0].n).toBe(16);
  });

  it('rotates the key: rows sealed with the old key still read after a new key becomes primary', async () => {
    const oldKey = randomBytes(32);
    const newKey = randomBytes(32);
    const first = await openTestDatabase(engine, { keys: [oldKey] });
    try {
      await first.database.tokens.save('tf-rot', tokens);
      // The same rows, read by a process configured with a new primary key and the old one kept.
      const rotated = new TokenCipher([newKey, oldKey]);
      const reader = new TokensRepository(first.database.dataSource.manager, rotated);
      expect(await reader.get('tf-rot')).toEqual(tokens);
      await reader.save('tf-rot-new', tokens);
      const [row] = await first.database.dataSource.query(
        `SELECT key_id FROM tokens WHERE teamflame_user_id = 'tf-rot-new'`,
      );
      expect(row.key_id).toBe(rotated.primaryKeyId);
    } finally {
      await first.dispose();
    }
  });

  it('migrates from empty to the current schema and back down cleanly', async () => {
    const bare = await openTestDatabase(engine, { migrate: false });
    try {
      const { dataSource } = bare.database;
      const tables = async () =>
        (
          await dataSource.query(
            `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`,
          )
        ).map((r: { table_name: string }) => r.table_name);
      await dataSource.runMigrations();
      expect(await tables()).toEqual(
        expect.arrayContaining([
          'users',
          'tokens',
          'conversations',
          'subscriptions',
          'board_snapshots',
          'notification_events',
          'sent_cards',
          'processed_actions',
        ]),
      );
      await dataSource.undoLastMigration();
      expect((await tables()).filter((n: string) => n !== 'migrations')).toEqual([]);
      await dataSource.runMigrations();
      expect(await bare.database.isReady()).toBe(true);
    } finally {
      await bare.dispose();
    }
  });
});

describe.runIf(testEngines().includes('postgres'))('two instances on one PostgreSQL', () => {
  it('start together and apply the schema once', async () => {
    const fresh = await freshPostgresDatabase();
    const logger = createLogger('silent');
    try {
      const [a, b] = await Promise.all(
        [0, 1].map(() => openDatabase({ databaseUrl: fresh.url, encryptionKeys: [randomBytes(32)], logger })),
      );
      const applied = await a!.dataSource.query(`SELECT name FROM migrations`);
      expect(applied.map((r: { name: string }) => r.name)).toEqual(['InitialSchema1795500000000']);
      expect(await a!.isReady()).toBe(true);
      expect(await b!.isReady()).toBe(true);
      await Promise.all([a!.close(), b!.close()]);
    } finally {
      await fresh.drop();
    }
  });
});
