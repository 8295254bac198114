// The tab API over HTTP: authentication, authorization through TeamFlame, validation, and the writes.
import { parseProblem } from '@teamflame/contract';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppUnderTest, type AppUnderTest } from '../test-support/app-under-test.js';

const SESSION_SECRET = 'a-session-secret-for-the-tab-api-tests-0123456789';
let t: AppUnderTest;
let demoToken = '';
let johnToken = '';

async function api(path: string, init: { method?: string; token?: string; body?: unknown } = {}) {
  const response = await fetch(`${t.url}${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: {
      'content-type': 'application/json',
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await response.text();
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    body: text ? JSON.parse(text) : undefined,
  };
}

async function signIn(email: string): Promise<string> {
  const response = await api('/api/auth/signin', { body: { email, password: 'demo' } });
  expect(response.status).toBe(200);
  return response.body.sessionToken as string;
}

beforeAll(async () => {
  t = await startAppUnderTest({ env: { SESSION_SECRET } });
  demoToken = await signIn('demo@teamflame.local');
  johnToken = await signIn('john.smith@teamflame.local');
});
afterAll(() => t?.close());

describe('tab API authentication', () => {
  it('answers 401 with a problem document to no token, a forged one, an expired one and one for another audience', async () => {
    const forged = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .setIssuer('teamflame-teams')
      .setAudience('teamflame-teams')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('not-the-secret-not-the-secret-not-the-secret'));
    const userId = (await t.db.database.users.findByTeams({
      tenantId: 'browser',
      channelUserId: `browser:${t.sandbox.demoUsers[0]!.id}`,
    }))!.id;
    const [header, payload] = demoToken.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    expect(claims.sub).toBe(userId);
    const tampered = `${header}.${Buffer.from(JSON.stringify({ ...claims, exp: 1 })).toString('base64url')}.${demoToken.split('.')[2]}`;
    const wrongAudience = `${header}.${Buffer.from(JSON.stringify({ ...claims, aud: 'someone-else' })).toString('base64url')}.${demoToken.split('.')[2]}`;
    for (const token of [undefined, 'garbage', forged, tampered, wrongAudience]) {
      const response = await api('/api/boards', { token });
      expect(response.status, String(token).slice(0, 20)).toBe(401);
      expect(response.type).toBe('application/problem+json');
    }
  });

  it('answers 401, not 500, to a correctly signed session token whose subject or session is not an id', async () => {
    const sign = (claims: Record<string, string>, subject: string) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(subject)
        .setIssuer('teamflame-teams')
        .setAudience('teamflame-teams')
        .setExpirationTime('1h')
        .sign(new TextEncoder().encode(SESSION_SECRET));
    const [, payload] = demoToken.split('.');
    const { sub, sid } = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as Record<string, string>;
    for (const token of [
      await sign({}, 'not-a-uuid'),
      await sign({ sid: sid! }, "x' OR 1=1 --"),
      await sign({ sid: 'not-a-uuid' }, sub!),
      await sign({}, sub!), // a real user, but no session: e.g. a token from before sessions were recorded
    ]) {
      const response = await api('/api/me', { token });
      expect(response.status).toBe(401);
      expect(response.type).toBe('application/problem+json');
      expect(JSON.stringify(response.body)).not.toMatch(/uuid|stack|QueryFailed/i);
    }
    expect((await api('/api/me', { token: demoToken })).status).toBe(200);
  });

  it('ends a browser session at sign-out: its token stays refused after the same user signs in again', async () => {
    const first = await signIn('anna.sokolova@teamflame.local');
    expect((await api('/api/me', { token: first })).status).toBe(200);
    expect((await api('/api/auth/signout', { token: first, body: {} })).status).toBe(204);
    expect((await api('/api/me', { token: first })).status).toBe(401);
    const second = await signIn('anna.sokolova@teamflame.local');
    expect((await api('/api/me', { token: first })).status).toBe(401);
    expect((await api('/api/boards', { token: first })).status).toBe(401);
    expect((await api('/api/me', { token: second })).status).toBe(200);
  });

  it('refuses a wrong password with 401 and a malformed sign-in with 400 naming the field', async () => {
    expect(
      (await api('/api/auth/signin', { body: { email: 'demo@teamflame.local', password: 'nope' } })).status,
    ).toBe(401);
    const malformed = await api('/api/auth/signin', { body: { email: 'demo@teamflame.local' } });
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors).toEqual([expect.objectContaining({ field: 'password' })]);
  });

  it('refuses a sign-in with both a Teams token and a ticket (400), and a forged ticket as an expired link', async () => {
    const demo = { email: 'demo@teamflame.local', password: 'demo' };
    const both = await api('/api/auth/signin', { body: { ...demo, teamsToken: 'x', teamsTicket: 'y' } });
    expect(both.status).toBe(400);
    expect(both.body.errors).toEqual([expect.objectContaining({ field: 'teamsTicket' })]);
    const forged = await api('/api/auth/signin', { body: { ...demo, teamsTicket: 'a.b.c' } });
    expect(forged.status).toBe(401);
    expect(forged.body.code).toBe('sign-in-link-expired');
  });
});

describe('tab API data', () => {
  it('lists boards and returns a board with columns and tasks in one response', async () => {
    const boards = await api('/api/boards', { token: demoToken });
    expect(boards.body.length).toBeGreaterThanOrEqual(4);
    const sprint = boards.body.find((b: { name: string }) => b.name === 'Спринт 14');
    const board = await api(`/api/boards/${sprint.id}`, { token: demoToken });
    expect(board.body.columns.length).toBeGreaterThanOrEqual(4);
    expect(board.body.columns.flatMap((c: { tasks: unknown[] }) => c.tasks).length).toBeGreaterThan(5);
    expect(board.body.members.length).toBeGreaterThan(0);
  });

  it('never gives a board of a space the user is not a member of', async () => {
    const demoBoards = (await api('/api/boards', { token: demoToken })).body as { id: string }[];
    const johnBoards = new Set(
      ((await api('/api/boards', { token: johnToken })).body as { id: string }[]).map((b) => b.id),
    );
    const hidden = demoBoards.find((b) => !johnBoards.has(b.id))!;
    const response = await api(`/api/boards/${hidden.id}`, { token: johnToken });
    expect([403, 404]).toContain(response.status);
    expect(JSON.stringify(response.body)).not.toContain('tasks');
  });

  it('moves, assigns, dates and comments on a task with the user own token', async () => {
    const sprint = (
      (await api('/api/boards', { token: demoToken })).body as { id: string; name: string }[]
    ).find((b) => b.name === 'Спринт 14')!;
    const board = (await api(`/api/boards/${sprint.id}`, { token: demoToken })).body;
    const task = board.columns[0].tasks[0];
    const target = board.columns[2].id;
    const demo = t.sandbox.demoUsers[0]!;
    const moved = await api(`/api/tasks/${task.id}`, {
      method: 'PATCH',
      token: demoToken,
      body: { columnId: target, assigneeIds: [demo.id], dueDate: '2032-01-02' },
    });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({
      columnId: target,
      dueDate: '2032-01-02',
      assignees: [expect.objectContaining({ id: demo.id })],
    });
    const commented = await api(`/api/tasks/${task.id}/comments`, {
      token: demoToken,
      body: { text: 'Из вкладки' },
    });
    expect(commented.body.comments.at(-1)).toEqual({
      author: 'Demo User',
      textHtml: '<p>Из вкладки</p>',
      at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    const log = await t.sandboxCall<{ path: string; email?: string }[]>('/__sandbox/requests');
    expect(log.filter((r) => r.path === `/task/change-column/${task.id}`).map((r) => r.email)).toEqual([
      'demo@teamflame.local',
    ]);
  });

  it('sets and clears a priority, and renames a column of the board only', async () => {
    const boards = (await api('/api/boards', { token: demoToken })).body as { id: string; name: string }[];
    const sprint = boards.find((b) => b.name === 'Спринт 14')!;
    const board = (await api(`/api/boards/${sprint.id}`, { token: demoToken })).body;
    const task = board.columns[1].tasks[0];
    for (const priority of ['high', ''] as const) {
      const changed = await api(`/api/tasks/${task.id}`, {
        method: 'PATCH',
        token: demoToken,
        body: { priority },
      });
      expect(changed.body.priority).toBe(priority);
      expect((await t.sandboxTask(task.id)).priority).toBe(priority);
    }
    const column = board.columns[0];
    const renamed = await api(`/api/boards/${sprint.id}/columns/${column.id}`, {
      method: 'PATCH',
      token: demoToken,
      body: { name: ' Очередь ' },
    });
    expect(renamed).toMatchObject({ status: 200, body: { id: column.id, name: 'Очередь' } });
    const after = (await api(`/api/boards/${sprint.id}`, { token: demoToken })).body;
    expect(after.columns[0].name).toBe('Очередь');
    const other = boards.find((b) => b.id !== sprint.id)!;
    const elsewhere = await api(`/api/boards/${other.id}/columns/${column.id}`, {
      method: 'PATCH',
      token: demoToken,
      body: { name: 'X' },
    });
    expect(elsewhere.status).toBe(404);
    const blank = await api(`/api/boards/${sprint.id}/columns/${column.id}`, {
      method: 'PATCH',
      token: demoToken,
      body: { name: '  ' },
    });
    expect(blank.status).toBe(400);
  });

  it('answers a path parameter holding a control character with 400 naming it, not 500', async () => {
    for (const [path, field] of [
      ['/api/conversations/%00/subscriptions', 'conversationId'],
      ['/api/tasks/a%00b', 'taskId'],
      ['/api/boards/%1F/members', 'boardId'],
    ] as const) {
      const response = await api(path, { token: demoToken });
      expect(response.status, path).toBe(400);
      expect(response.type).toBe('application/problem+json');
      expect(response.body.errors[0].field).toBe(field);
    }
  });

  it('answers malformed bodies with 400 problems naming the field', async () => {
    const bad = await api('/api/tasks/65f000000000000000000031', {
      method: 'PATCH',
      token: demoToken,
      body: { dueDate: 'soon' },
    });
    expect(bad.status).toBe(400);
    expect(bad.type).toBe('application/problem+json');
    expect(bad.body.errors[0].field).toBe('dueDate');
    const empty = await api('/api/tasks/65f000000000000000000031/comments', {
      token: demoToken,
      body: { text: '' },
    });
    expect(empty.body.errors[0].field).toBe('text');
  });
});

describe('tab API problem documents', () => {
  async function sprintTask(): Promise<{ taskId: string; columnId: string }> {
    const sprint = (
      (await api('/api/boards', { token: demoToken })).body as { id: string; name: string }[]
    ).find((b) => b.name === 'Спринт 14')!;
    const board = (await api(`/api/boards/${sprint.id}`, { token: demoToken })).body;
    return { taskId: board.columns[1].tasks[0].id, columnId: board.columns[3].id };
  }

  it('carry the catalog code of what failed (the tab translates it), English only as the fallback detail', async () => {
    const { taskId, columnId } = await sprintTask();
    const move = () => api(`/api/tasks/${taskId}`, { method: 'PATCH', token: demoToken, body: { columnId } });
    const faults: [Record<string, unknown>, number, Record<string, unknown>][] = [
      [{ status: 503 }, 503, { code: 'teamflame-failed' }],
      [{ status: 403 }, 403, { code: 'forbidden' }],
      [{ status: 404 }, 404, { code: 'not-found' }],
      [{ status: 429, retryAfterSeconds: 9 }, 429, { code: 'rate-limited' }],
      [
        { status: 422, message: 'Колонка закрыта' },
        400,
        { code: 'teamflame-refused', params: { detail: 'Колонка закрыта' } },
      ],
    ];
    try {
      for (const [fault, status, expected] of faults) {
        await t.sandboxCall('/__sandbox/faults', {
          body: { path: `^/task/change-column/${taskId}$`, ...fault },
        });
        const answer = await move();
        expect(answer.status, JSON.stringify(fault)).toBe(status);
        expect(answer.type).toBe('application/problem+json');
        expect(parseProblem(answer.body), JSON.stringify(answer.body)).toMatchObject({
          ...expected,
          status,
          detail: expect.any(String),
        });
      }
    } finally {
      await t.sandboxCall('/__sandbox/faults', { method: 'DELETE' });
    }
    expect((await api('/api/boards')).body).toMatchObject({ code: 'unauthenticated', status: 401 });
    const refused = await api('/api/auth/signin', {
      body: { email: 'demo@teamflame.local', password: 'nope' },
    });
    expect(refused.body).toMatchObject({ code: 'sign-in-refused', status: 401 });
    const invalid = await api(`/api/tasks/${taskId}`, {
      method: 'PATCH',
      token: demoToken,
      body: { dueDate: 'soon' },
    });
    expect(invalid.body).toMatchObject({
      code: 'invalid-request',
      errors: [expect.objectContaining({ field: 'dueDate' })],
    });
    expect((await api('/api/no-such-route', { token: demoToken })).body).toMatchObject({
      code: 'route-not-found',
      status: 404,
    });
  });

  it('send Retry-After with a rate-limited answer', async () => {
    const { taskId, columnId } = await sprintTask();
    await t.sandboxCall('/__sandbox/faults', {
      body: { path: `^/task/change-column/${taskId}$`, status: 429, retryAfterSeconds: 9 },
    });
    const response = await fetch(`${t.url}/api/tasks/${taskId}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${demoToken}` },
      body: JSON.stringify({ columnId }),
    });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('9');
    expect(await response.json()).toMatchObject({ code: 'rate-limited' });
  });
});
