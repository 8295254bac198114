// The repositories, the same tests on PGlite and (with TEST_DATABASE_URL) on a real PostgreSQL.
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testEngines, type TestDatabase } from '../test-support/databases.js';
import type { Database } from './database.js';

const tokens = {
  accessToken: 'eyJhbGciOiJIUzI1NiJ9.eyJ1c2VySWQiOiJ1MSJ9.ACCESS-SECRET-abc123',
  refreshToken: 'REFRESH-SECRET-def456',
  accessExpiresAt: new Date('2030-01-01T00:00:00Z'),
  refreshExpiresAt: new Date('2030-02-01T00:00:00Z'),
};

const unique = (prefix: string) => `${prefix}-${randomBytes(4).toString('hex')}`;

function teamsUser(overrides: { aadObjectId?: string; channelUserId?: string; tenantId?: string } = {}) {
  return {
    tenantId: overrides.tenantId ?? 'tenant-1',
    channelUserId: overrides.channelUserId ?? unique('29:user'),
    ...(overrides.aadObjectId ? { aadObjectId: overrides.aadObjectId } : {}),
  };
}

async function recordChannel(db: Database, id = unique('19:channel')): Promise<string> {
  await db.conversations.record({
    id,
    tenantId: 'tenant-1',
    kind: 'channel',
    reference: { serviceUrl: 'http://127.0.0.1:1', conversation: { id } },
  });
  return id;
}

describe.each(testEngines())('repositories on %s', (engine) => {
  let t: TestDatabase;
  let db: Database;
  beforeAll(async () => {
    t = await openTestDatabase(engine);
    db = t.database;
  });
  afterAll(() => t.dispose());

  describe('users', () => {
    it('links a Teams user to TeamFlame and finds them by AAD id or by channel user id', async () => {
      const aad = randomUUID();
      const key = teamsUser({ aadObjectId: aad });
      const linked = await db.users.link({
        ...key,
        teamflameName: 'Anna Smirnova',
        locale: 'ru-RU',
        teamflameUserId: 'tf-anna',
        teamflameEmail: 'anna@example.com',
      });
      expect(linked).toMatchObject({ aadObjectId: aad, teamflameUserId: 'tf-anna', locale: 'ru-RU' });
      expect(linked.createdAt).toBeInstanceOf(Date);
      // Same person from a client that sends another channel id: the AAD id wins.
      expect((await db.users.findByTeams({ ...key, channelUserId: 'other' }))?.id).toBe(linked.id);
      // A client that sends no AAD id: the channel user id still finds them.
      expect(
        (await db.users.findByTeams({ tenantId: key.tenantId, channelUserId: key.channelUserId }))?.id,
      ).toBe(linked.id);
      expect(await db.users.findByTeams({ ...key, tenantId: 'tenant-2' })).toBeUndefined();
      expect((await db.users.findByTeamFlameUser('tf-anna')).map((u) => u.id)).toEqual([linked.id]);
    });

    it('relinks the same Teams user in place, keeping what the new link does not say', async () => {
      const key = teamsUser({ aadObjectId: randomUUID() });
      const first = await db.users.link({ ...key, locale: 'ru-RU', teamflameUserId: 'tf-1' });
      const again = await db.users.link({ ...key, teamflameUserId: 'tf-2', teamflameEmail: 'i@x' });
      expect(again.id).toBe(first.id);
      expect(again).toMatchObject({ teamflameUserId: 'tf-2', locale: 'ru-RU', teamflameEmail: 'i@x' });
    });

    it("keeps the TeamFlame account's name only while the link is to that account", async () => {
      const key = teamsUser({ aadObjectId: randomUUID() });
      await db.users.link({ ...key, teamflameUserId: 'tf-1', teamflameName: 'Ivan Petrov' });
      const same = await db.users.link({ ...key, teamflameUserId: 'tf-1' });
      expect(same.teamflameName).toBe('Ivan Petrov');
      const other = await db.users.link({ ...key, teamflameUserId: 'tf-2' });
      expect(other.teamflameName).toBeNull();
    });

    it('keeps AAD id and tenant unique together, and merges a channel-only link once the AAD id is known', async () => {
      const aad = randomUUID();
      const channelOnly = await db.users.link({
        ...teamsUser({ channelUserId: '29:merge' }),
        teamflameUserId: 'tf-m',
      });
      await db.preferences.chooseBoardForUser(channelOnly.id, 'board-m');
      const byAad = await db.users.link({ ...teamsUser({ aadObjectId: aad }), teamflameUserId: 'tf-m' });
      const merged = await db.users.link({
        ...teamsUser({ aadObjectId: aad, channelUserId: '29:merge' }),
        teamflameUserId: 'tf-m',
      });
      expect(merged.id).toBe(byAad.id);
      expect(merged.chosenBoardId).toBe('board-m');
      expect(await db.users.findById(channelOnly.id)).toBeUndefined();
      // The same AAD id in another tenant is another person.
      const elsewhere = await db.users.link({
        ...teamsUser({ aadObjectId: aad, tenantId: 'tenant-9' }),
        teamflameUserId: 'tf-x',
      });
      expect(elsewhere.id).not.toBe(byAad.id);
    });

    it('ends racing first links of one user as one row', async () => {
      const key = teamsUser({ aadObjectId: randomUUID() });
      const rows = await Promise.all(
        Array.from({ length: 5 }, () => db.users.link({ ...key, teamflameUserId: 'tf-race' })),
      );
      expect(new Set(rows.map((r) => r.id)).size).toBe(1);
    });
  });

  describe('tokens', () => {
    it('stores tokens encrypted: the raw table holds neither the access nor the refresh token', async () => {
      const key = teamsUser({ aadObjectId: randomUUID() });
      await db.recordSignIn({ ...key, teamflameUserId: 'tf-raw' }, tokens);
      const rows = (await db.dataSource.query(`SELECT * FROM tokens WHERE teamflame_user_id = $1`, [
        'tf-raw',
      ])) as Record<string, unknown>[];
      expect(rows).toHaveLength(1);
      const raw = JSON.stringify(rows);
      for (const secret of [tokens.accessToken, tokens.refreshToken, 'ACCESS-SECRET', 'REFRESH-SECRET']) {
        expect(raw).not.toContain(secret);
      }
      expect(String(rows[0]!.access_ciphertext)).toMatch(/^v1\.[0-9a-f]{8}\./);
      expect(await db.tokens.get('tf-raw')).toEqual(tokens);
    });

    it('signs out one place durably; the tokens go when the last place signed in to the account signs out', async () => {
      const chat = teamsUser({ aadObjectId: randomUUID() });
      const browser = teamsUser();
      const inChat = await db.recordSignIn({ ...chat, teamflameUserId: 'tf-out' }, tokens);
      const inBrowser = await db.recordSignIn({ ...browser, teamflameUserId: 'tf-out' }, tokens);
      expect(await db.signOut(inChat.id)).toBe(false); // the browser still uses the tokens
      expect(await db.tokens.get('tf-out')).toEqual(tokens);
      expect((await db.users.findByTeams(chat))?.signedOutAt).toBeInstanceOf(Date);
      // The account signing in elsewhere again does not sign the chat back in.
      await db.recordSignIn({ ...browser, teamflameUserId: 'tf-out' }, tokens);
      expect((await db.users.findByTeams(chat))?.signedOutAt).toBeInstanceOf(Date);
      expect(await db.signOut(inBrowser.id)).toBe(true);
      expect(await db.tokens.get('tf-out')).toBeUndefined();
      expect((await db.users.findByTeams(chat))?.teamflameUserId).toBe('tf-out');
      // Signing in there again is what signs it in.
      await db.recordSignIn({ ...chat, teamflameUserId: 'tf-out' }, tokens);
      expect((await db.users.findByTeams(chat))?.signedOutAt).toBeNull();
    });
  });

  describe('conversations, subscriptions and board choices', () => {
    it('records a conversation reference and stops sending to it once the app is uninstalled', async () => {
      const id = await recordChannel(db);
      expect(await db.conversations.get(id)).toMatchObject({ id, kind: 'channel', installed: true });
      const subscriber = await db.users.link({ ...teamsUser(), teamflameUserId: 'tf-sub' });
      await db.subscriptions.subscribe(id, 'board-u', subscriber.id);
      await db.subscriptions.subscribe(id, 'board-u', subscriber.id);
      expect(await db.subscriptions.forBoard('board-u')).toEqual([
        expect.objectContaining({
          conversationId: id,
          subscribedBy: subscriber.id,
          delivery: 'instant',
        }),
      ]);
      expect(await db.subscriptions.subscribedBoards()).toContain('board-u');

      await db.conversations.markUninstalled(id);
      expect((await db.conversations.get(id))?.installed).toBe(false);
      expect(await db.subscriptions.forBoard('board-u')).toEqual([]);
      expect(await db.subscriptions.subscribedBoards()).not.toContain('board-u');

      // Installed again: the bot records the conversation anew.
      await recordChannel(db, id);
      expect((await db.conversations.get(id))?.installed).toBe(true);
      expect(await db.subscriptions.unsubscribe(id, 'board-u')).toBe(true);
      expect(await db.subscriptions.unsubscribe(id, 'board-u')).toBe(false);
    });

    it('finds the personal chat of a Teams user, and a channel by the id its tab sees', async () => {
      const user = unique('29:p');
      const personal = unique('a:personal');
      await db.conversations.record({
        id: personal,
        tenantId: 'tenant-1',
        kind: 'personal',
        reference: { conversation: { id: personal }, user: { id: user } },
      });
      expect((await db.conversations.personalChatOf(user))?.id).toBe(personal);
      const channel = unique('19:general');
      await recordChannel(db, `${channel};messageid=123`);
      expect((await db.conversations.findForTab(channel))?.id).toBe(`${channel};messageid=123`);
    });

    it('remembers the chosen board per user and per conversation', async () => {
      const user = await db.users.link({ ...teamsUser(), teamflameUserId: 'tf-pref' });
      const conversation = await recordChannel(db);
      expect(await db.preferences.boardOfUser(user.id)).toBeUndefined();
      expect(await db.preferences.chooseBoardForUser(user.id, 'b-user')).toBe(true);
      expect(await db.preferences.chooseBoardForConversation(conversation, 'b-conv')).toBe(true);
      expect(await db.preferences.boardOfUser(user.id)).toBe('b-user');
      expect(await db.preferences.boardOfConversation(conversation)).toBe('b-conv');
      expect((await db.users.findById(user.id))?.chosenBoardId).toBe('b-user');
      expect(await db.preferences.chooseBoardForConversation('never-recorded', 'b')).toBe(false);
      await db.preferences.chooseBoardForUser(user.id, null);
      expect(await db.preferences.boardOfUser(user.id)).toBeUndefined();
      expect(await db.preferences.setLocaleOfUser(user.id, 'ru-RU')).toBe(true);
      expect(await db.preferences.localeOfUser(user.id)).toBe('ru-RU');
    });
  });

  describe('idempotency keys', () => {
    it('claims a key once and answers retries with the stored result', async () => {
      const key = unique('k');
      expect(await db.processedActions.claim(key)).toEqual({ claimed: true, retaken: false });
      expect(await db.processedActions.claim(key)).toEqual({ claimed: false, result: null });
      await db.processedActions.complete(key, { taskId: 'task-1', card: { type: 'AdaptiveCard' } });
      expect(await db.processedActions.claim(key)).toEqual({
        claimed: false,
        result: { taskId: 'task-1', card: { type: 'AdaptiveCard' } },
      });
    });

    it('lets exactly one of many racing claims win', async () => {
      const key = unique('race');
      const claims = await Promise.all(Array.from({ length: 10 }, () => db.processedActions.claim(key)));
      expect(claims.filter((c) => c.claimed)).toHaveLength(1);
    });

    it('frees a released or expired key', async () => {
      const released = unique('released');
      await db.processedActions.claim(released);
      await db.processedActions.release(released);
      expect(await db.processedActions.claim(released)).toEqual({ claimed: true, retaken: false });

      const expiring = unique('expiring');
      await db.processedActions.claim(expiring);
      await db.processedActions.complete(expiring, { done: true }, 0);
      expect(await db.processedActions.claim(expiring)).toEqual({ claimed: true, retaken: false });
      expect(await db.processedActions.claim(expiring)).toEqual({ claimed: false, result: null });

      const stale = unique('stale');
      await db.processedActions.claim(stale, 0);
      expect(await db.processedActions.purgeExpired(new Date(Date.now() + 1000))).toBeGreaterThanOrEqual(1);
      expect(await db.processedActions.claim(stale)).toEqual({ claimed: true, retaken: false });
    });

    it('holds an unfinished claim only for its lease unless renewed, and says when it takes one over', async () => {
      const key = unique('lease');
      expect(await db.processedActions.claim(key, 1)).toEqual({ claimed: true, retaken: false });
      await db.processedActions.renew(key, 3);
      await new Promise((resolve) => setTimeout(resolve, 1200));
      // Renewed past its first lease: still held.
      expect(await db.processedActions.claim(key, 1)).toEqual({ claimed: false, result: null });
      await db.processedActions.renew(key, 0);
      // Its holder stopped renewing (a crash): the next claim runs the action, told it may have run.
      expect(await db.processedActions.claim(key)).toEqual({ claimed: true, retaken: true });
      await db.processedActions.complete(key, { done: true });
      // A finished action is kept for a day: renewing does not touch it, a resend gets its answer.
      await db.processedActions.renew(key, 0);
      expect(await db.processedActions.claim(key)).toEqual({ claimed: false, result: { done: true } });
    });
  });

  describe('sent cards and notifier state', () => {
    it('lists every card showing a task, once per activity, and forgets a deleted one', async () => {
      const task = unique('task');
      await db.sentCards.record({ conversationId: 'c1', activityId: 'a1', taskId: task, cardKind: 'task' });
      await db.sentCards.record({ conversationId: 'c1', activityId: 'a1', taskId: task, cardKind: 'task' });
      await db.sentCards.record({
        conversationId: 'c2',
        activityId: 'a7',
        taskId: task,
        cardKind: 'notification',
      });
      const cards = await db.sentCards.forTask(task);
      expect(cards.map((c) => [c.conversationId, c.activityId]).sort()).toEqual([
        ['c1', 'a1'],
        ['c2', 'a7'],
      ]);
      await db.sentCards.forget('c1', 'a1');
      expect(await db.sentCards.forTask(task)).toHaveLength(1);
    });

    it('keeps a snapshot per board and records each notification event once', async () => {
      const board = unique('board');
      await db.snapshots.save(board, { tasks: { x: 'col-1' } });
      await db.snapshots.save(board, { tasks: { x: 'col-2' } });
      expect((await db.snapshots.get(board))?.snapshot).toEqual({ tasks: { x: 'col-2' } });
      const event = { id: `${board}:e1`, boardId: board, kind: 'moved', payload: { taskId: 'x' } };
      expect(await db.events.record(event)).toBe(true);
      expect(await db.events.record(event)).toBe(false);
      expect((await db.events.pending(board)).map((e) => e.id)).toEqual([event.id]);
      const [first, second] = await Promise.all([
        db.events.claimPending(board),
        db.events.claimPending(board),
      ]);
      expect([...first!, ...second!].map((e) => e.id)).toEqual([event.id]);
      expect(await db.events.pending(board)).toEqual([]);
    });
  });
});
