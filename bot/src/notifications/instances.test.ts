// Exactly once across restarts and across instances sharing one PostgreSQL.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../app.js';
import { loadConfig } from '../config.js';
import { openDatabase } from '../data/index.js';
import { createLogger } from '../logger.js';
import { findInCard, startAppUnderTest, type AppUnderTest } from '../test-support/app-under-test.js';
import type { RecordedCall } from '../test-support/connector.js';
import { testEngines, testKeys } from '../test-support/databases.js';
import { channel, teamsUser } from '../test-support/teams-activities.js';

describe.runIf(testEngines().includes('postgres'))('notifications across restarts and instances', () => {
  let t: AppUnderTest;
  const anna = teamsUser('Demo User');
  const general = channel('General');
  let boardId = '';
  let columnId = '';
  let ivanToken = '';
  const extra: App[] = [];
  const closers: (() => Promise<void>)[] = [];

  /** Another server process on the same database (a restart, or a second instance). */
  async function anotherInstance(): Promise<App> {
    const database = await openDatabase({
      databaseUrl: t.db.url!,
      encryptionKeys: testKeys,
      logger: createLogger('silent'),
    });
    const config = loadConfig({
      NODE_ENV: 'test',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'tf-app-')),
      TEAMFLAME_API_URL: t.sandbox.url,
      TEAMFLAME_AUTH_URL: t.sandbox.url,
      POLL_INTERVAL_SECONDS: '1',
    });
    const app = await createApp(config, createLogger('silent'), { database, databaseUrl: t.db.url });
    extra.push(app);
    closers.push(() => database.close());
    return app;
  }

  const isNotification = (c: RecordedCall) =>
    c.conversationId === general.id && JSON.stringify(c.body).includes(': changes');
  const notificationsMentioning = (name: string) =>
    t.connector.calls.filter((c) => isNotification(c) && JSON.stringify(c.body).includes(name));

  async function createTaskDirectly(name: string): Promise<void> {
    await fetch(`${t.sandbox.url}/task/create`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${ivanToken}` },
      body: JSON.stringify({ name, columnId, boardId }),
    });
  }

  beforeAll(async () => {
    t = await startAppUnderTest();
    await t.install(anna, general);
    await t.press(anna, general, 'signIn', { email: 'demo@teamflame.local', password: 'demo' });
    const picker = await t.press(anna, general, 'boards.pick', {});
    boardId = (
      findInCard(picker, (n) => n.id === 'boardId')!.choices as { title: string; value: string }[]
    ).find((c) => c.title.endsWith('Спринт 14'))!.value;
    await t.press(anna, general, 'subscribe', { boardId });
    const signed = await t.sandboxCall<{ tokens: { accessToken: { token: string } } }>('/auth/sign-in', {
      body: { email: 'ivan.petrov@teamflame.local', password: 'demo' },
    });
    ivanToken = signed.tokens.accessToken.token;
    const columns = (await (
      await fetch(`${t.sandbox.url}/column/getByBoard/${boardId}`, {
        headers: { authorization: `Bearer ${ivanToken}` },
      })
    ).json()) as { id: string }[];
    columnId = columns[0]!.id;
  });

  afterAll(async () => {
    for (const app of extra) await app.scheduler.stop();
    for (const close of closers) await close();
    await t?.close();
  });

  it('sends exactly one notification when the server stops between a change and its poll', async () => {
    await t.app.scheduler.stop(); // the first process goes away before it polls
    await createTaskDirectly('Changed while the server was down');
    const restarted = await anotherInstance();
    await restarted.scheduler.tick();
    await restarted.scheduler.tick();
    await t.app.scheduler.tick(); // the old process coming back must not repeat it either
    expect(notificationsMentioning('Changed while the server was down')).toHaveLength(1);
  });

  it('sends exactly one notification per change with two instances polling one database', async () => {
    const [a, b] = [await anotherInstance(), await anotherInstance()];
    await createTaskDirectly('Seen by two instances');
    await Promise.all([a.scheduler.tick(), b.scheduler.tick()]);
    await Promise.all([a.scheduler.tick(), b.scheduler.tick()]);
    expect(notificationsMentioning('Seen by two instances')).toHaveLength(1);
  });
});
