// Browser sessions of the tab: live until revoked or expired, gone with their user, pruned when old.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testEngines, type TestDatabase } from '../../test-support/databases.js';

describe.each(testEngines())('tab sessions on %s', (engine) => {
  let t: TestDatabase;
  let userId = '';
  beforeAll(async () => {
    t = await openTestDatabase(engine);
    userId = (
      await t.database.users.link({
        tenantId: 'browser',
        channelUserId: 'browser:tf-1',
        teamflameUserId: 'tf-1',
      })
    ).id;
  });
  afterAll(() => t?.dispose());

  const count = async () =>
    (
      (await t.database.dataSource.query(`SELECT count(*)::int AS n FROM tab_sessions`)) as { n: number }[]
    )[0]!.n;

  it('finds a session until it expires or is revoked, and prunes expired ones when another opens', async () => {
    const now = new Date('2031-01-01T12:00:00Z');
    const hour = 3600_000;
    const sessions = t.database.tabSessions;
    const short = await sessions.open(userId, new Date(now.getTime() + hour), now);
    const long = await sessions.open(userId, new Date(now.getTime() + 8 * hour), now);
    expect((await sessions.findActive(short.id, now))?.userId).toBe(userId);
    expect(await sessions.findActive(short.id, new Date(now.getTime() + 2 * hour))).toBeUndefined();
    await sessions.revoke(long.id);
    expect(await sessions.findActive(long.id, now)).toBeUndefined();
    expect(await count()).toBe(1);
    await sessions.open(userId, new Date(now.getTime() + 10 * hour), new Date(now.getTime() + 2 * hour));
    expect(await count()).toBe(1); // the expired one was removed on the way
  });

  it('ends with its user', async () => {
    await t.database.dataSource.query(`DELETE FROM users WHERE id = $1`, [userId]);
    expect(await count()).toBe(0);
  });
});
