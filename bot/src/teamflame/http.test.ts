// The client's HTTP edge against a tiny local server that answers whatever each test scripts: headers
// sent, JWT expiry read without verifying, answers that do not fit the schemas, odd error bodies.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../logger.js';
import { createTeamFlameClientFactory } from './client.js';
import { TeamFlameSchemaError, TeamFlameUnavailableError, TeamFlameValidationError } from './errors.js';

interface Scripted {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

let server: Server;
let url: string;
let seen: { method: string; path: string; headers: IncomingHttpHeaders; body: string }[] = [];
let answers = new Map<string, Scripted[]>();

const script = (key: string, ...replies: Scripted[]) => answers.set(key, replies);
const logger = createLogger('silent');
const factory = () =>
  createTeamFlameClientFactory({
    apiUrl: url,
    authUrl: `${url}/`,
    logger,
    retry: { retries: 2, baseDelayMs: 5 },
  });

/** An unsigned-looking JWT: the client must read `exp` and never check the signature. */
const jwt = (exp: number) =>
  [
    Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url'),
    Buffer.from(JSON.stringify({ email: 'a@b.c', userId: 'u1', iat: 1, exp })).toString('base64url'),
    'not-a-real-signature',
  ].join('.');

const signInAnswer = (token: string, expiresIn?: number) => ({
  status: 200,
  body: {
    user: { id: 'u1', email: 'a@b.c', extra: true },
    tokens: { accessToken: { token, expiresIn }, refreshToken: { token: 'refresh-1' } },
  },
});

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const path = req.url ?? '';
      seen.push({ method: req.method ?? '', path, headers: req.headers, body });
      const reply = answers.get(`${req.method} ${path}`)?.shift() ?? { status: 404, body: { message: 'no' } };
      const text = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
      res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
      res.end(text);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  seen = [];
  answers = new Map();
});

describe('TeamFlame HTTP edge', () => {
  it('reads expiry from the JWT payload without verifying it, and keeps unknown user fields', async () => {
    const exp = Math.floor(Date.now() / 1000) + 3600;
    script('POST /auth/sign-in', signInAnswer(jwt(exp), 5));
    const { user, tokens } = await factory().signIn('a@b.c', 'pw');
    expect(tokens).toEqual({
      accessToken: jwt(exp),
      refreshToken: 'refresh-1',
      accessExpiresAt: new Date(exp * 1000),
    });
    expect(user).toMatchObject({ id: 'u1', extra: true });
    expect(JSON.parse(seen[0]!.body)).toEqual({ email: 'a@b.c', password: 'pw' });
  });

  it('falls back to expiresIn when the token is not a JWT', async () => {
    script('POST /auth/sign-in', signInAnswer('opaque', 120));
    const before = Date.now();
    const { tokens } = await factory().signIn('a@b.c', 'pw');
    expect(tokens.accessExpiresAt.getTime()).toBeGreaterThanOrEqual(before + 120_000);
    expect(tokens.accessExpiresAt.getTime()).toBeLessThan(before + 125_000);
  });

  it('sends JSON, X-Api-Version 1 and the bearer token on data calls, and no Authorization on sign-in', async () => {
    const token = jwt(Math.floor(Date.now() / 1000) + 3600);
    script('POST /auth/sign-in', signInAnswer(token));
    script('GET /user/me', { status: 200, body: { id: 'u1' } });
    const f = factory();
    const client = f.forSession((await f.signIn('a@b.c', 'pw')).tokens);
    await client.users.me();
    const [signIn, me] = seen;
    expect(signIn!.headers.authorization).toBeUndefined();
    expect(signIn!.headers['content-type']).toMatch(/application\/json/);
    expect(me!.headers).toMatchObject({
      authorization: `Bearer ${token}`,
      'x-api-version': '1',
      accept: 'application/json',
    });
    expect(f.calls).toBe(2);
    expect(client.calls).toBe(1);
  });

  it('names the missing required field of a list answer', async () => {
    const token = jwt(Math.floor(Date.now() / 1000) + 3600);
    script('GET /task/getTasksByColumn/c1', {
      status: 200,
      body: [
        { id: 't1', name: 'ok', columnId: 'c1' },
        { id: 't2', name: 'ok', columnId: 'c1', priority: 'high' },
        { id: 't3', name: 'ok', columnId: 'c1' },
        { id: 't4', name: 'no column' },
      ],
    });
    const client = factory().forSession({
      accessToken: token,
      accessExpiresAt: new Date(Date.now() + 3.6e6),
    });
    const error = await client.tasks.byColumn('c1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TeamFlameSchemaError);
    expect(error).toMatchObject({ code: 'schema', field: 'tasks[3].columnId', what: 'tasks' });
    expect((error as Error).message).toContain('tasks[3].columnId');
    expect(JSON.stringify(error)).not.toContain(token);
  });

  it('names a missing token in a sign-in answer', async () => {
    script('POST /auth/sign-in', { status: 200, body: { user: { id: 'u1' }, tokens: {} } });
    await expect(factory().signIn('a@b.c', 'pw')).rejects.toMatchObject({
      field: 'sign-in.tokens.accessToken',
    });
  });

  it('joins a NestJS-style message list, and treats an HTML 502 as unavailable after retrying', async () => {
    const client = factory().forSession({
      accessToken: 'opaque',
      accessExpiresAt: new Date(Date.now() + 3.6e6),
    });
    script('POST /comment/create', {
      status: 400,
      body: { statusCode: 400, message: ['text must not be empty', 'task must be an id'] },
    });
    const refused = await client.comments.create('t1', '').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(TeamFlameValidationError);
    expect((refused as TeamFlameValidationError).serverMessage).toBe(
      'text must not be empty; task must be an id',
    );

    const gateway = {
      status: 502,
      body: '<html>Bad Gateway</html>',
      headers: { 'content-type': 'text/html' },
    };
    script('GET /space/spacesByUserId', gateway, gateway, gateway);
    const down = await client.spaces.list().catch((e: unknown) => e);
    expect(down).toBeInstanceOf(TeamFlameUnavailableError);
    expect(down).toMatchObject({ kind: 'server', status: 502 });
    expect(seen.filter((r) => r.path === '/space/spacesByUserId')).toHaveLength(3);
  });

  it('cuts off an oversized answer while it streams in, with a clear error and no retry', async () => {
    const client = factory().forSession({
      accessToken: 'opaque',
      accessExpiresAt: new Date(Date.now() + 3.6e6),
    });
    const column = { id: 'c'.repeat(24), name: 'x'.repeat(1000), boardId: 'b1' };
    const huge = JSON.stringify(Array.from({ length: 18_000 }, () => column)); // about 18 MB
    expect(huge.length).toBeGreaterThan(18e6);
    script('GET /column/getByBoard/b1', { status: 200, body: huge });
    const failed = await client.columns.byBoard('b1').catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(TeamFlameUnavailableError);
    expect(failed).toMatchObject({ kind: 'too-large', message: expect.stringMatching(/more data/) });
    expect(seen.filter((r) => r.path === '/column/getByBoard/b1')).toHaveLength(1);

    script('GET /column/getByBoard/b2', { status: 200, body: [column] });
    expect(await client.columns.byBoard('b2')).toHaveLength(1);
  });

  it('honours a Retry-After given as an HTTP date', async () => {
    const client = factory().forSession({
      accessToken: 'opaque',
      accessExpiresAt: new Date(Date.now() + 3.6e6),
    });
    // HTTP dates have whole seconds: up to about two seconds ahead, at least one.
    const at = new Date(Math.ceil(Date.now() / 1000) * 1000 + 1000);
    script(
      'GET /user/me',
      { status: 503, body: {}, headers: { 'retry-after': at.toUTCString() } },
      { status: 200, body: { id: 'u1' } },
    );
    await client.users.me();
    expect(Date.now()).toBeGreaterThanOrEqual(at.getTime() - 5);
  });

  it('takes the update answer it sent: the whole task with only the named fields changed', async () => {
    const client = factory().forSession({
      accessToken: 'opaque',
      accessExpiresAt: new Date(Date.now() + 3.6e6),
    });
    const current = {
      id: 't1',
      name: 'Task',
      columnId: 'c1',
      users: ['u1'],
      priority: 'low',
      endDate: '2030-01-01T10:00:00',
      subTasks: [{ id: 's1' }],
      unknownField: 'kept',
    };
    script('GET /task/t1', { status: 200, body: current });
    script('POST /task/update/t1', { status: 200, body: { ok: true } });
    const updated = await client.tasks.update(await client.tasks.get('t1'), {
      assigneeIds: ['u2'],
      endDate: null,
    });
    const sent = JSON.parse(seen[1]!.body) as Record<string, unknown>;
    expect(sent).toEqual({ ...current, users: ['u2'], endDate: null });
    expect(updated).toMatchObject({ id: 't1', users: ['u2'], priority: 'low', unknownField: 'kept' });
  });

  it("completes a layered board column by column, filling embedded tasks' columnId from their column", async () => {
    const client = factory().forSession({
      accessToken: 'opaque',
      accessExpiresAt: new Date(Date.now() + 3.6e6),
    });
    script('GET /column/getByBoardOneLayer/b1', {
      status: 200,
      body: [
        { id: 'c1', name: 'Сделать', tasks: [{ id: 't1', name: 'embedded' }] },
        { id: 'c2', name: 'В работе' },
      ],
    });
    script('GET /task/getTasksByColumn/c2', {
      status: 200,
      body: [{ id: 't2', name: 'fetched', columnId: 'c2' }],
    });
    const board = await client.loadBoard('b1');
    expect(board.columns.map((c) => [c.id, c.tasks.map((t) => `${t.id}@${t.columnId}`)])).toEqual([
      ['c1', ['t1@c1']],
      ['c2', ['t2@c2']],
    ]);
    expect(seen.map((r) => r.path)).toEqual(['/column/getByBoardOneLayer/b1', '/task/getTasksByColumn/c2']);
  });

  it('fans out once per distinct column when the one-call board is unknown', async () => {
    const client = factory().forSession({
      accessToken: 'opaque',
      accessExpiresAt: new Date(Date.now() + 3.6e6),
    });
    script('GET /column/getByBoard/b1', {
      status: 200,
      body: [
        { id: 'c1', name: 'A' },
        { id: 'c2', name: 'B' },
        { id: 'c1', name: 'A' },
      ],
    });
    script('GET /task/getTasksByColumn/c1', { status: 200, body: [{ id: 't1', name: 'x', columnId: 'c1' }] });
    script('GET /task/getTasksByColumn/c2', { status: 200, body: [] });
    const board = await client.loadBoard('b1');
    expect(board.columns.map((c) => c.tasks.length)).toEqual([1, 0, 1]);
    expect(seen.map((r) => r.path).sort()).toEqual([
      '/column/getByBoard/b1',
      '/column/getByBoardOneLayer/b1',
      '/task/getTasksByColumn/c1',
      '/task/getTasksByColumn/c2',
    ]);
  });
});
