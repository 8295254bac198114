import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from './index.js';

let sandbox: Sandbox;
const call = async (path: string, init: { method?: string; token?: string; body?: unknown } = {}) => {
  const response = await fetch(`${sandbox.url}${path}`, {
    method: init.method ?? (init.body ? 'POST' : 'GET'),
    headers: {
      'content-type': 'application/json',
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
};
const signIn = async (email: string, password = 'demo') => {
  const { body } = await call('/auth/sign-in', { body: { email, password } });
  return body as {
    user: { id: string };
    tokens: { accessToken: { token: string; expiresIn: number }; refreshToken: { token: string } };
  };
};

beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.close());
beforeEach(() => call('/__sandbox/reset', { method: 'POST' }));

describe('the sandbox', () => {
  it('seeds 6 users, 2 spaces, 3 projects, 4+ boards of 4-6 columns and 60+ tasks', async () => {
    expect(sandbox.demoUsers).toHaveLength(6);
    const { tokens } = await signIn('demo@teamflame.local');
    const token = tokens.accessToken.token;
    const spaces = (await call('/space/spacesByUserId', { token })).body as { id: string }[];
    expect(spaces).toHaveLength(2);
    let projects = 0;
    for (const space of spaces)
      projects += (await call(`/project/projectsBySpace/${space.id}`, { token })).body.length;
    expect(projects).toBe(3);
    const boards = (await call('/board/boardsByUser', { token })).body as { id: string; columns: string[] }[];
    expect(boards.length).toBeGreaterThanOrEqual(4);
    let tasks = 0;
    let overdue = 0;
    for (const board of boards) {
      expect(board.columns.length).toBeGreaterThanOrEqual(4);
      expect(board.columns.length).toBeLessThanOrEqual(6);
      const columns = (await call(`/column/getByBoardOneLayer/${board.id}`, { token })).body as {
        tasks: { endDate?: string; id: string }[];
      }[];
      for (const column of columns) {
        tasks += column.tasks.length;
        overdue += column.tasks.filter((t) => t.endDate && new Date(t.endDate) < new Date()).length;
        for (const task of column.tasks) expect(task.id).toMatch(/^[0-9a-f]{24}$/);
      }
    }
    expect(tasks).toBeGreaterThanOrEqual(60);
    expect(overdue).toBeGreaterThan(0);
  });

  it('issues JWT-shaped tokens with email, userId, iat and exp', async () => {
    const { tokens, user } = await signIn('demo@teamflame.local');
    const payload = JSON.parse(Buffer.from(tokens.accessToken.token.split('.')[1]!, 'base64url').toString());
    expect(payload).toMatchObject({ email: 'demo@teamflame.local', userId: user.id });
    expect(payload.exp - payload.iat).toBe(300_000);
  });

  it('refuses a wrong password without echoing it', async () => {
    const response = await call('/auth/sign-in', {
      body: { email: 'demo@teamflame.local', password: 'hunter2-wrong' },
    });
    expect(response.status).toBe(401);
    expect(JSON.stringify(response.body)).not.toContain('hunter2-wrong');
  });

  it('answers 401 to unknown tokens and hides spaces the user is not a member of', async () => {
    expect((await call('/board/boardsByUser', { token: 'x.y.z' })).status).toBe(401);
    expect((await call('/board/boardsByUser')).status).toBe(401);
    const demo = (await signIn('demo@teamflame.local')).tokens.accessToken.token;
    const john = (await signIn('john.smith@teamflame.local')).tokens.accessToken.token;
    const demoBoards = (await call('/board/boardsByUser', { token: demo })).body as {
      id: string;
      spaceId: string;
    }[];
    const johnBoards = (await call('/board/boardsByUser', { token: john })).body as { id: string }[];
    const hidden = demoBoards.find((b) => !johnBoards.some((j) => j.id === b.id))!;
    expect(hidden).toBeDefined();
    expect([403, 404]).toContain((await call(`/board/${hidden.id}`, { token: john })).status);
    expect([403, 404]).toContain(
      (await call(`/column/getByBoardOneLayer/${hidden.id}`, { token: john })).status,
    );
    expect([403, 404]).toContain((await call(`/space/${hidden.spaceId}`, { token: john })).status);
  });

  it('expires access tokens and refreshes them once per refresh token', async () => {
    const short = await startSandbox({ tokenTtlSeconds: 1 });
    try {
      const signed = await fetch(`${short.url}/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'demo@teamflame.local', password: 'demo' }),
      }).then((r) => r.json());
      const get = (token: string) =>
        fetch(`${short.url}/user/me`, { headers: { authorization: `Bearer ${token}` } });
      expect((await get(signed.tokens.accessToken.token)).status).toBe(200);
      await new Promise((r) => setTimeout(r, 1100));
      expect((await get(signed.tokens.accessToken.token)).status).toBe(401);
      const refresh = (token: string) =>
        fetch(`${short.url}/auth/refresh-token`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ refreshToken: token }),
        });
      const refreshed = await refresh(signed.tokens.refreshToken.token).then((r) => r.json());
      expect((await get(refreshed.tokens.accessToken.token)).status).toBe(200);
      expect((await refresh(signed.tokens.refreshToken.token)).status).toBe(401);
    } finally {
      await short.close();
    }
  });

  it('creates boards with the four default columns, tasks, moves and updates them, and adds comments', async () => {
    const { tokens, user } = await signIn('demo@teamflame.local');
    const token = tokens.accessToken.token;
    const space = (await call('/space/spacesByUserId', { token })).body[0];
    const project = (await call(`/project/projectsBySpace/${space.id}`, { token })).body[0];
    const board = await call('/board/create', {
      token,
      body: { name: 'QA', spaceId: space.id, projectId: project.id, location: space.id },
    });
    expect(board.status).toBe(201);
    const columns = (await call(`/column/getByBoard/${board.body.id}`, { token })).body as {
      id: string;
      name: string;
    }[];
    expect(columns.map((c) => c.name)).toEqual(['Сделать', 'В работе', 'Готово', 'Закрыто']);
    expect((await call(`/column/getByBoard/${board.body.id}?hideClosed=true`, { token })).body).toHaveLength(
      3,
    );
    const task = await call('/task/create', {
      token,
      body: {
        name: 'Test it',
        description: '',
        columnId: columns[0]!.id,
        boardId: board.body.id,
        projectId: project.id,
        spaceId: space.id,
        location: space.id,
        users: [user.id],
        priority: 'high',
        endDate: '2030-01-02T18:00:00',
      },
    });
    expect(task.status).toBe(201);
    const moved = await call(`/task/change-column/${task.body.id}`, {
      token,
      body: { columnId: columns[1]!.id, location: space.id },
    });
    expect(moved.body.columnId).toBe(columns[1]!.id);
    const updated = await call(`/task/update/${task.body.id}`, {
      token,
      body: { ...moved.body, users: [], endDate: null, priority: 'low' },
    });
    expect(updated.body).toMatchObject({ users: [], priority: 'low' });
    expect(updated.body.endDate).toBeUndefined();
    expect(
      (await call('/comment/create', { token, body: { task: task.body.id, text: 'Привет' } })).status,
    ).toBe(201);
    const fetched = await call(`/task/${task.body.id}`, { token });
    expect(fetched.body.comments).toEqual([{ userName: 'Demo User', text: 'Привет' }]);
    expect((await call('/task/my', { token })).body.some((t: { id: string }) => t.id === task.body.id)).toBe(
      false,
    );
    expect((await call('/tasks/my', { token })).status).toBe(200);
  });

  it('rejects invalid bodies with a 400 message naming the field', async () => {
    const token = (await signIn('demo@teamflame.local')).tokens.accessToken.token;
    const response = await call('/task/create', { token, body: { name: '', columnId: 'nope' } });
    expect(response.status).toBe(400);
    expect(response.body.message).toMatch(/^name|^columnId/);
    const broken = await fetch(`${sandbox.url}/comment/create`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: '{',
    });
    expect(broken.status).toBe(400);
  });

  it('injects faults by path and count, and logs which user called', async () => {
    const token = (await signIn('ivan.petrov@teamflame.local')).tokens.accessToken.token;
    await call('/__sandbox/faults', {
      body: { path: '^/user/me$', status: 429, retryAfterSeconds: 2, times: 2 },
    });
    const limited = await call('/user/me', { token });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('2');
    expect((await call('/user/me', { token })).status).toBe(429);
    expect((await call('/user/me', { token })).status).toBe(200);

    await call('/__sandbox/faults', { body: { path: '^/user/me$', latencyMs: 150 } });
    const started = Date.now();
    expect((await call('/user/me', { token })).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);

    await call('/__sandbox/faults', { body: { path: '^/user/me$', hang: true } });
    await expect(
      fetch(`${sandbox.url}/user/me`, {
        headers: { authorization: `Bearer ${token}` },
        signal: AbortSignal.timeout(200),
      }),
    ).rejects.toThrow();

    const log = (await call('/__sandbox/requests')).body as {
      path: string;
      email?: string;
      status: number;
    }[];
    expect(log.filter((r) => r.path === '/user/me').map((r) => r.status)).toEqual([429, 429, 200, 200, 0]);
    expect(log.find((r) => r.path === '/user/me')?.email).toBe('ivan.petrov@teamflame.local');
    expect(log.some((r) => r.path.startsWith('/__sandbox'))).toBe(false);
  });

  it('adds a large board on request', async () => {
    const big = await startSandbox({ largeBoard: { columns: 10, tasksPerColumn: 100 } });
    try {
      const signed = await fetch(`${big.url}/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'demo@teamflame.local', password: 'demo' }),
      }).then((r) => r.json());
      const boards = await fetch(`${big.url}/board/boardsByUser`, {
        headers: { authorization: `Bearer ${signed.tokens.accessToken.token}` },
      }).then((r) => r.json());
      const large = boards.find((b: { name: string }) => b.name.startsWith('Large board'));
      const columns = await fetch(`${big.url}/column/getByBoardOneLayer/${large.id}`, {
        headers: { authorization: `Bearer ${signed.tokens.accessToken.token}` },
      }).then((r) => r.json());
      expect(columns).toHaveLength(10);
      expect(columns.reduce((n: number, c: { tasks: unknown[] }) => n + c.tasks.length, 0)).toBe(1000);
    } finally {
      await big.close();
    }
  });
});
