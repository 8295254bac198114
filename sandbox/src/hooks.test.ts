import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox, type LoggedRequest, type Sandbox } from './index.js';
import { DEMO, IVAN, SandboxClient, type BoardShape, type TaskShape } from './test-support/sandbox-client.js';

let sandbox: Sandbox;
let client: SandboxClient;
let token: string;

beforeAll(async () => {
  sandbox = await startSandbox();
  client = SandboxClient.of(sandbox);
});
afterAll(() => sandbox.close());
beforeEach(async () => {
  await client.reset();
  token = await client.tokenOf(IVAN);
  await client.call('/__sandbox/requests', { method: 'DELETE' });
});

const fault = (spec: Record<string, unknown>) =>
  client.call<{ id: number }>('/__sandbox/faults', { body: spec });
const me = () =>
  client.call<{ statusCode?: number; message?: string; email?: string }>('/user/me', { token });
const log = async () => (await client.call<LoggedRequest[]>('/__sandbox/requests')).body;

describe('faults', () => {
  it('answer the injected status with message and Retry-After, for `times` matching requests, then serve', async () => {
    const added = await fault({
      path: '^/user/me$',
      status: 429,
      retryAfterSeconds: 2,
      times: 2,
      message: 'Slow down',
    });
    expect(added.status).toBe(201);
    expect(typeof added.body.id).toBe('number');
    for (let i = 0; i < 2; i++) {
      const limited = await me();
      expect(limited.status).toBe(429);
      expect(limited.headers.get('retry-after')).toBe('2');
      expect(limited.body).toEqual({ statusCode: 429, message: 'Slow down' });
    }
    expect((await me()).status).toBe(200);
  });

  it('apply once by default, only to the given method, and before authentication', async () => {
    await fault({ path: '^/task/', method: 'post', status: 503 });
    expect((await client.call('/task/my', { token })).status).toBe(200);
    expect((await client.call('/task/create', { body: {} })).status).toBe(503); // no token: the fault answers first
    expect((await client.call('/task/create', { token, body: {} })).status).toBe(400);
  });

  it('delay by latencyMs then serve normally, or answer the status when one is given', async () => {
    await fault({ path: '^/user/me$', latencyMs: 300 });
    let started = Date.now();
    const slow = await me();
    expect(slow.status).toBe(200);
    expect(slow.body.email).toBe(IVAN);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);

    await fault({ path: '^/user/me$', latencyMs: 200, status: 502 });
    started = Date.now();
    expect((await me()).status).toBe(502);
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
  });

  it('hang until the client gives up, and the next request is served', async () => {
    await fault({ path: '^/user/me$', hang: true });
    const started = Date.now();
    await expect(client.call('/user/me', { token, signal: AbortSignal.timeout(300) })).rejects.toThrow();
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect((await me()).status).toBe(200);
    expect((await log()).filter((r) => r.path === '/user/me').map((r) => r.status)).toEqual([0, 200]);
  });

  it('are cleared by DELETE and by reset; a bad regex or body is 400', async () => {
    await fault({ path: '^/user/me$', status: 500, times: 5 });
    expect((await client.call('/__sandbox/faults', { method: 'DELETE' })).status).toBe(204);
    expect((await me()).status).toBe(200);
    await fault({ path: '^/user/me$', status: 500, times: 5 });
    await client.reset();
    expect((await me()).status).toBe(200);
    const badRegex = await fault({ path: '(' });
    expect(badRegex.status).toBe(400);
    expect(badRegex.body).toEqual({ statusCode: 400, message: 'path: not a valid regular expression' });
    expect((await fault({ path: '^/', status: 42 })).status).toBe(400);
  });

  it('never touch the /__sandbox hooks', async () => {
    await fault({ path: '.*', status: 500, times: 10 });
    expect((await client.call('/__sandbox/users')).status).toBe(200);
    expect((await client.call('/__sandbox/requests')).status).toBe(200);
  });
});

describe('reset', () => {
  it('returns to the seed with the same ids: creations gone, edits undone, access tokens still good', async () => {
    const demo = await client.tokenOf(DEMO);
    const boardsBefore = (await client.call<BoardShape[]>('/board/boardsByUser', { token: demo })).body;
    const board = boardsBefore[0]!;
    const task = (
      await client.call<TaskShape[]>(`/task/getTasksByColumn/${board.columns[0]}`, { token: demo })
    ).body[0]!;
    await client.call(`/task/update/${task.id}`, { token: demo, body: { ...task, name: 'Changed' } });
    await client.call('/board/create', {
      token: demo,
      body: { name: 'Temp', spaceId: board.spaceId, projectId: board.projectId },
    });
    expect((await client.call<BoardShape[]>('/board/boardsByUser', { token: demo })).body).toHaveLength(5);

    expect((await client.reset()).status).toBe(204);
    expect((await client.call<BoardShape[]>('/board/boardsByUser', { token: demo })).body).toEqual(
      boardsBefore,
    );
    expect((await client.call<TaskShape>(`/task/${task.id}`, { token: demo })).body.name).toBe(task.name);
    expect((await client.call<typeof sandbox.demoUsers>('/__sandbox/users')).body).toEqual(sandbox.demoUsers);
  });
});

describe('request log', () => {
  it('records method, path, the token’s user, status and time, but not the hooks', async () => {
    const demo = await client.tokenOf(DEMO);
    await client.call('/__sandbox/requests', { method: 'DELETE' });
    await me();
    await client.call('/space/spacesByUserId', { token: demo });
    await client.call('/board/boardsByUser');
    await client.call('/task/create', { token: demo, body: { name: '' } });
    const entries = await log();
    const ivanId = sandbox.demoUsers.find((u) => u.email === IVAN)!.id;
    expect(entries.map(({ at: _at, ...rest }) => rest)).toEqual([
      { method: 'GET', path: '/user/me', userId: ivanId, email: IVAN, status: 200 },
      {
        method: 'GET',
        path: '/space/spacesByUserId',
        userId: sandbox.demoUsers[0]!.id,
        email: DEMO,
        status: 200,
      },
      { method: 'GET', path: '/board/boardsByUser', status: 401 },
      { method: 'POST', path: '/task/create', userId: sandbox.demoUsers[0]!.id, email: DEMO, status: 400 },
    ]);
    for (const entry of entries) expect(new Date(entry.at).toISOString()).toBe(entry.at);
    expect(entries.some((r) => r.path.startsWith('/__sandbox'))).toBe(false);
    expect(JSON.stringify(entries)).not.toContain(token);
  });

  it('names the user of an expired token too, and is emptied by DELETE', async () => {
    const short = await startSandbox({ tokenTtlSeconds: 1 });
    try {
      const shortClient = SandboxClient.of(short);
      const stale = await shortClient.tokenOf(IVAN);
      await new Promise((resolve) => setTimeout(resolve, 2100));
      expect((await shortClient.call('/user/me', { token: stale })).status).toBe(401);
      const entries = (await shortClient.call<LoggedRequest[]>('/__sandbox/requests')).body;
      expect(entries.at(-1)).toMatchObject({ path: '/user/me', status: 401, email: IVAN });
      expect((await shortClient.call('/__sandbox/requests', { method: 'DELETE' })).status).toBe(204);
      expect((await shortClient.call<LoggedRequest[]>('/__sandbox/requests')).body).toEqual([]);
    } finally {
      await short.close();
    }
  });

  it('lets the log show whose token changed a task, as the bot’s tests check', async () => {
    const demo = await client.tokenOf(DEMO);
    const board = (await client.call<BoardShape[]>('/board/boardsByUser', { token: demo })).body[0]!;
    const task = (await client.call<TaskShape[]>(`/task/getTasksByColumn/${board.columns[0]}`, { token }))
      .body[0]!;
    await client.call(`/task/change-column/${task.id}`, { token, body: { columnId: board.columns[1] } });
    const change = (await log()).filter((r) => r.path === `/task/change-column/${task.id}`);
    expect(change.map((r) => [r.email, r.status])).toEqual([[IVAN, 200]]);
  });
});

describe('hook paths', () => {
  it('list the demo users with passwords, need no token and answer 404 to unknown hooks', async () => {
    const users = (await client.call<{ email: string; password: string }[]>('/__sandbox/users')).body;
    expect(users).toHaveLength(6);
    expect(users.find((u) => u.email === DEMO)).toMatchObject({
      firstName: 'Demo',
      lastName: 'User',
      password: 'demo',
    });
    expect((await client.call('/__sandbox/nothing')).status).toBe(404);
  });
});
