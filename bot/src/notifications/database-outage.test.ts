// A PostgreSQL outage in the middle of a notification poll: the process lives on, /readyz says 503 while
// /healthz says 200, and once the database is back polling resumes by itself and the change made during
// the outage reaches the conversation exactly once. The app reaches PostgreSQL through a TCP proxy that
// the test cuts (every connection destroyed, new ones refused) and restores.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSandbox, type LoggedRequest, type Sandbox } from '@teamflame/sandbox';
import type { Server } from 'restify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp, type App } from '../app.js';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { findInCard } from '../test-support/app-under-test.js';
import { startLocalConnector, type LocalConnector, type RecordedCall } from '../test-support/connector.js';
import { freshPostgresDatabase, testEngines } from '../test-support/databases.js';
import { startTcpProxy, type TcpProxy } from '../test-support/tcp-proxy.js';
import {
  cardActionInvoke,
  channel,
  installActivity,
  postActivity,
  teamsUser,
} from '../test-support/teams-activities.js';

const POLL_LATENCY_MS = 4000;

describe.runIf(testEngines().includes('postgres'))('a PostgreSQL outage during a notification poll', () => {
  const anna = teamsUser('Demo User');
  const general = channel('General');
  const unhandled = vi.fn();
  let database: { url: string; drop: () => Promise<void> };
  let proxy: TcpProxy;
  let sandbox: Sandbox;
  let connector: LocalConnector;
  let app: App;
  let server: Server;
  let url = '';
  let boardId = '';
  let columnId = '';
  let ivanToken = '';

  const sandboxPost = async <T>(path: string, body: unknown, token?: string): Promise<T> => {
    const response = await fetch(`${sandbox.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  };
  const asIvan = async <T>(path: string): Promise<T> =>
    (await (
      await fetch(`${sandbox.url}${path}`, { headers: { authorization: `Bearer ${ivanToken}` } })
    ).json()) as T;
  const invoke = async (verb: string, data: Record<string, unknown>) => {
    const response = await postActivity(
      url,
      cardActionInvoke({ serviceUrl: connector.url, from: anna, conversation: general, verb, data }),
    );
    expect(response.status).toBe(200);
    return (response.body as { value?: unknown }).value;
  };
  const probe = async (path: string) => (await fetch(`${url}${path}`)).status;
  const isCardAbout = (name: string) => (c: RecordedCall) =>
    c.conversationId === general.id &&
    JSON.stringify(c.body).includes(': changes') &&
    JSON.stringify(c.body).includes(name);

  beforeAll(async () => {
    process.on('unhandledRejection', unhandled);
    database = await freshPostgresDatabase();
    const direct = new URL(database.url);
    proxy = await startTcpProxy({ host: direct.hostname, port: Number(direct.port || 5432) });
    const viaProxy = new URL(database.url);
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(proxy.port);
    [sandbox, connector] = await Promise.all([startSandbox(), startLocalConnector()]);
    const config = loadConfig({
      NODE_ENV: 'test',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'tf-app-')),
      DATABASE_URL: viaProxy.toString(),
      TEAMFLAME_API_URL: sandbox.url,
      TEAMFLAME_AUTH_URL: sandbox.url,
      TEAMFLAME_TIMEOUT_MS: String(POLL_LATENCY_MS * 2),
      PUBLIC_URL: 'http://localhost:3978',
      POLL_INTERVAL_SECONDS: '1',
    });
    // The app opens its database itself, from DATABASE_URL, as in production.
    app = await createApp(config, createLogger('silent'), { teamflameRetry: { retries: 0 } });
    server = app.createHttpServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.server.address();
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

    const installed = await postActivity(
      url,
      installActivity({ serviceUrl: connector.url, from: anna, conversation: general }),
    );
    expect(installed.status).toBeLessThan(300);
    await invoke('signIn', { email: 'demo@teamflame.local', password: 'demo' });
    const picker = await invoke('boards.pick', {});
    boardId = (
      findInCard(picker, (n) => n.id === 'boardId')!.choices as { title: string; value: string }[]
    ).find((c) => c.title.endsWith('Спринт 14'))!.value;
    await invoke('subscribe', { boardId });
    const ivan = await sandboxPost<{ tokens: { accessToken: { token: string } } }>('/auth/sign-in', {
      email: 'ivan.petrov@teamflame.local',
      password: 'demo',
    });
    ivanToken = ivan.tokens.accessToken.token;
    columnId = (await asIvan<{ id: string }[]>(`/column/getByBoard/${boardId}`))[0]!.id;
    await app.scheduler.start();
  });

  afterAll(async () => {
    process.off('unhandledRejection', unhandled);
    for (const close of app?.closers ?? []) await close();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
    await Promise.all([sandbox?.close(), connector?.close(), proxy?.close()]);
    await database?.drop();
  });

  it('survives, reports not ready, and delivers the change made meanwhile exactly once after it', async () => {
    expect(await probe('/readyz')).toBe(200);
    // The next poll's board read takes a while: the database goes away while that poll runs.
    await sandboxPost('/__sandbox/faults', {
      path: `^/column/getByBoardOneLayer/${boardId}$`,
      latencyMs: POLL_LATENCY_MS,
    });
    const slowRead = async () =>
      ((await (await fetch(`${sandbox.url}/__sandbox/requests`)).json()) as LoggedRequest[]).some(
        (r) => r.path === `/column/getByBoardOneLayer/${boardId}` && r.status === 0,
      );
    await vi.waitFor(async () => expect(await slowRead()).toBe(true), { timeout: 10_000, interval: 100 });

    proxy.cut();
    const name = `Made during the outage ${Date.now()}`;
    await sandboxPost('/task/create', { name, columnId, boardId }, ivanToken);
    expect(await probe('/readyz')).toBe(503);
    expect(await probe('/healthz')).toBe(200);
    // Outlast the slow read, so the poll meets the dead database, and a few scheduling rounds.
    await new Promise((r) => setTimeout(r, POLL_LATENCY_MS + 3000));
    expect(await probe('/readyz')).toBe(503);
    expect(await probe('/healthz')).toBe(200);
    expect(unhandled).not.toHaveBeenCalled(); // outside a test, the process would have ended here

    proxy.restore();
    const restored = Date.now();
    await vi.waitFor(async () => expect(await probe('/readyz')).toBe(200), {
      timeout: 20_000,
      interval: 200,
    });
    const ready = Date.now() - restored;
    await connector.waitFor(isCardAbout(name), 20_000 - (Date.now() - restored));
    const delivered = Date.now() - restored;
    console.log(`after the database returned: /readyz 200 in ${ready} ms, the card in ${delivered} ms`);
    expect(delivered).toBeLessThan(20_000);

    // Several more rounds must not repeat it.
    await new Promise((r) => setTimeout(r, 3000));
    expect(connector.calls.filter(isCardAbout(name))).toHaveLength(1);
    expect(unhandled).not.toHaveBeenCalled();
  });
});
