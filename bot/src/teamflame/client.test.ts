import { Writable } from 'node:stream';
import { startSandbox, type Sandbox } from '@teamflame/sandbox';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../logger.js';
import { createTeamFlameClientFactory, type TeamFlameClientFactory } from './client.js';
import {
  TeamFlameAuthError,
  TeamFlameForbiddenError,
  TeamFlameNotFoundError,
  TeamFlameRateLimitError,
  TeamFlameUnavailableError,
  TeamFlameValidationError,
} from './errors.js';

let sandbox: Sandbox;
let factory: TeamFlameClientFactory;
const logLines: string[] = [];
const logger = createLogger(
  'debug',
  new Writable({
    write(chunk, _encoding, done) {
      logLines.push(chunk.toString());
      done();
    },
  }),
);

const admin = (path: string, body?: unknown, method = 'POST') =>
  fetch(`${sandbox.url}/__sandbox/${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
const fault = (spec: Record<string, unknown>) => admin('faults', spec);
const requestLog = async () =>
  (await (await fetch(`${sandbox.url}/__sandbox/requests`)).json()) as {
    method: string;
    path: string;
    email?: string;
    status: number;
  }[];
const makeFactory = (timeoutMs = 2000) =>
  createTeamFlameClientFactory({
    apiUrl: sandbox.url,
    authUrl: sandbox.url,
    timeoutMs,
    logger,
    retry: { retries: 3, baseDelayMs: 10 },
  });
const signedInClient = async (email = 'demo@teamflame.local', f = factory) => {
  const { tokens } = await f.signIn(email, 'demo');
  return f.forSession(tokens);
};

beforeAll(async () => {
  sandbox = await startSandbox();
  factory = makeFactory();
});
afterAll(() => sandbox.close());
beforeEach(async () => {
  await admin('reset');
  logLines.length = 0;
});

describe('TeamFlame client against the sandbox', () => {
  it('signs in and reads the token expiry from the JWT', async () => {
    const { user, tokens } = await factory.signIn('demo@teamflame.local', 'demo');
    expect(user.email).toBe('demo@teamflame.local');
    expect(tokens.refreshToken).toBeTruthy();
    expect(tokens.accessExpiresAt.getTime()).toBeGreaterThan(Date.now() + 299_000 * 1000);
  });

  it('signs up a new account that can then sign in, and refuses a taken email with the server reason', async () => {
    const account = {
      firstName: 'Анна',
      lastName: 'Иванова',
      email: 'anna@teamflame.local',
      password: 's3cret-pw',
    };
    const user = await factory.signUp(account);
    expect(user).toMatchObject({ email: account.email, firstName: 'Анна' });
    expect(JSON.stringify(user)).not.toContain(account.password);
    expect((await factory.signIn(account.email, account.password)).user.id).toBe(user.id);
    const taken = await factory.signUp(account).catch((e: unknown) => e);
    expect(taken).toBeInstanceOf(TeamFlameValidationError);
    expect((taken as Error).message).toContain('already registered');
  });

  it('refreshes on demand through client.auth.refresh, persisting the new tokens', async () => {
    const { tokens } = await factory.signIn('demo@teamflame.local', 'demo');
    const persisted: string[] = [];
    const client = factory.forSession(tokens, {
      onTokensRefreshed: (t) => void persisted.push(t.accessToken),
    });
    const [a, b] = await Promise.all([client.auth.refresh(), client.auth.refresh()]);
    expect(a).toBe(b);
    expect(persisted).toEqual([a.accessToken]);
    expect(a.refreshToken).toBeTruthy();
    expect((await requestLog()).filter((r) => r.path === '/auth/refresh-token')).toHaveLength(1);
    expect((await client.auth.currentUser()).email).toBe('demo@teamflame.local');
  });

  it('covers every read: user, spaces, projects, boards, columns, tasks, comments', async () => {
    const client = await signedInClient();
    const me = await client.users.me();
    expect((await client.auth.currentUser()).id).toBe(me.id);
    expect((await client.users.get(me.id)).email).toBe('demo@teamflame.local');
    const spaces = await client.spaces.list();
    expect(spaces).toHaveLength(2);
    expect((await client.spaces.get(spaces[0]!.id)).name).toBe(spaces[0]!.name);
    const projects = await client.projects.bySpace(spaces[0]!.id);
    expect((await client.projects.get(projects[0]!.id)).space).toBe(spaces[0]!.id);
    const boards = await client.boards.byProject(projects[0]!.id);
    expect((await client.boards.mine()).length).toBeGreaterThanOrEqual(boards.length);
    const board = await client.boards.get(boards[0]!.id);
    const columns = await client.columns.byBoard(board.id);
    expect(columns.map((c) => c.id)).toEqual(board.columns);
    expect((await client.columns.byBoard(board.id, { hideClosed: true })).length).toBe(columns.length - 1);
    const layered = await client.columns.byBoardWithTasks(board.id);
    const tasks = await client.tasks.byColumn(columns[1]!.id);
    expect(tasks.map((t) => t.id)).toEqual(layered[1]!.tasks!.map((t) => t.id));
    const task = await client.tasks.get(tasks[0]!.id);
    expect(await client.comments.ofTask(task.id)).toEqual(task.comments ?? []);
    expect((await client.tasks.mine()).every((t) => t.users?.includes(me.id))).toBe(true);
  });

  it('covers every write: space, project, board, column, task, move, update, comment, column rename', async () => {
    const client = await signedInClient();
    const me = await client.users.me();
    const space = await client.spaces.create({ name: 'Новое пространство' });
    const project = await client.projects.create({ name: 'Pilot', spaceId: space.id });
    const board = await client.boards.create({ name: 'Board', spaceId: space.id, projectId: project.id });
    expect(board.columns).toHaveLength(4);
    const where = { boardId: board.id, spaceId: space.id, projectId: project.id };
    const column = await client.columns.create({ name: 'QA', ...where });
    const task = await client.tasks.create({
      name: 'Write tests',
      columnId: board.columns![0]!,
      boardId: board.id,
      projectId: project.id,
      spaceId: space.id,
      assigneeIds: [me.id],
      priority: 'middle',
      endDate: '2031-05-01T18:00:00',
    });
    await client.tasks.changeColumn(task, column.id);
    const moved = await client.tasks.get(task.id);
    expect(moved.columnId).toBe(column.id);
    const updated = await client.tasks.update(moved, { assigneeIds: [], priority: 'high', endDate: null });
    expect(updated.users).toEqual([]);
    const stored = await client.tasks.get(task.id);
    expect(stored).toMatchObject({ users: [], priority: 'high', columnId: column.id });
    expect(stored.endDate).toBeUndefined();
    await client.comments.create(task.id, '<p>Готово</p>');
    const comments = await client.comments.ofTask(task.id);
    expect(comments).toMatchObject([{ userName: 'Demo User', text: '<p>Готово</p>' }]);
    expect(await client.columns.rename(column, 'Review')).toMatchObject({ id: column.id, name: 'Review' });
    expect((await client.columns.byBoard(board.id)).find((c) => c.id === column.id)?.name).toBe('Review');
  });

  it('loads a board in one call when getByBoardOneLayer answers, and fans out once per column when not', async () => {
    const client = await signedInClient();
    const boardId = (await client.boards.mine())[0]!.id;
    await admin('requests', undefined, 'DELETE');
    const one = await client.loadBoard(boardId);
    expect((await requestLog()).map((r) => r.path)).toEqual([`/column/getByBoardOneLayer/${boardId}`]);

    await admin('requests', undefined, 'DELETE');
    await fault({ path: '^/column/getByBoardOneLayer/', status: 404, times: 1 });
    const fanned = await client.loadBoard(boardId);
    const paths = (await requestLog()).map((r) => r.path);
    const perColumn = paths.filter((p) => p.startsWith('/task/getTasksByColumn/'));
    expect(perColumn).toHaveLength(one.columns.length);
    expect(new Set(perColumn).size).toBe(perColumn.length);
    expect(fanned.columns.map((c) => c.tasks.map((t) => t.id))).toEqual(
      one.columns.map((c) => c.tasks.map((t) => t.id)),
    );
  });

  it('falls back to /tasks/my when /task/my is unknown', async () => {
    const client = await signedInClient();
    await fault({ path: '^/task/my$', status: 404 });
    expect(Array.isArray(await client.tasks.mine())).toBe(true);
    expect((await requestLog()).filter((r) => r.path.endsWith('/my')).map((r) => r.path)).toEqual([
      '/task/my',
      '/tasks/my',
    ]);
  });

  it('maps 403 and 404 to their errors', async () => {
    const john = await signedInClient('john.smith@teamflame.local');
    const demo = await signedInClient();
    const visibleToJohn = new Set((await john.boards.mine()).map((b) => b.id));
    const hidden = (await demo.boards.mine()).find((b) => !visibleToJohn.has(b.id))!;
    await expect(john.boards.get(hidden.id)).rejects.toBeInstanceOf(TeamFlameForbiddenError);
    await expect(demo.tasks.get('ffffffffffffffffffffffff')).rejects.toBeInstanceOf(TeamFlameNotFoundError);
  });

  it('maps a 4xx with a message to TeamFlameValidationError carrying that message', async () => {
    const client = await signedInClient();
    const error = await client.comments.create('ffffffffffffffffffffffff', '   ').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TeamFlameValidationError);
    expect((error as TeamFlameValidationError).serverMessage).toMatch(/text/);
  });

  it('retries a GET after a 503 but never a create', async () => {
    const client = await signedInClient();
    const board = (await client.boards.mine())[0]!;
    await fault({ path: '^/board/boardsByUser$', status: 503, times: 2 });
    expect((await client.boards.mine()).length).toBeGreaterThan(0);
    expect((await requestLog()).filter((r) => r.path === '/board/boardsByUser').map((r) => r.status)).toEqual(
      [200, 503, 503, 200],
    );

    await fault({ path: '^/task/create$', status: 503 });
    const error = await client.tasks
      .create({
        name: 'Once',
        columnId: board.columns![0]!,
        boardId: board.id,
        projectId: board.projectId!,
        spaceId: board.spaceId!,
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TeamFlameUnavailableError);
    expect((await requestLog()).filter((r) => r.path === '/task/create')).toHaveLength(1);
  });

  it('honours Retry-After on 429 and reports the limit when it persists', async () => {
    const client = await signedInClient();
    await fault({ path: '^/user/me$', status: 429, retryAfterSeconds: 1, times: 1 });
    const started = Date.now();
    await client.users.me();
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);

    await fault({ path: '^/user/me$', status: 429, retryAfterSeconds: 0, times: 10 });
    const error = await client.users.me().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TeamFlameRateLimitError);
    expect((error as TeamFlameRateLimitError).retryAfterSeconds).toBe(0);
  });

  it('gives up on a hung call at the timeout with TeamFlameUnavailableError', async () => {
    const quick = makeFactory(300);
    const client = await signedInClient('demo@teamflame.local', quick);
    await fault({ path: '^/comment/create$', hang: true });
    const error = await client.comments.create('ffffffffffffffffffffffff', 'hi').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TeamFlameUnavailableError);
    expect((error as TeamFlameUnavailableError).kind).toBe('timeout');
  });

  it('refreshes exactly once for 10 concurrent calls that meet a 401, and persists the new tokens', async () => {
    const persisted: string[] = [];
    const { tokens } = await factory.signIn('demo@teamflame.local', 'demo');
    // A revoked access token that has not reached its `exp`: every call meets a 401.
    const revoked = { ...tokens, accessToken: `${tokens.accessToken}x` };
    const client = factory.forSession(revoked, {
      onTokensRefreshed: (t) => void persisted.push(t.accessToken),
    });
    await admin('requests', undefined, 'DELETE');
    const results = await Promise.all(Array.from({ length: 10 }, () => client.users.me()));
    expect(results.every((u) => u.email === 'demo@teamflame.local')).toBe(true);
    expect((await requestLog()).filter((r) => r.path === '/auth/refresh-token')).toHaveLength(1);
    expect(persisted).toHaveLength(1);
    expect(client.session.current.accessToken).toBe(persisted[0]);
  });

  it('refreshes shortly before expiry; a refused early refresh keeps using the still-valid token', async () => {
    const short = await startSandbox({ tokenTtlSeconds: 30 }); // inside the 60 s skew: always refreshed first
    const shortLog = async () =>
      (
        (await (await fetch(`${short.url}/__sandbox/requests`)).json()) as { path: string; status: number }[]
      ).map((r) => `${r.path} ${r.status}`);
    try {
      const f = createTeamFlameClientFactory({ apiUrl: short.url, authUrl: short.url, logger });
      const client = await signedInClient('demo@teamflame.local', f);
      await client.users.me();
      expect(await shortLog()).toEqual(['/auth/sign-in 200', '/auth/refresh-token 200', '/user/me 200']);

      await fetch(`${short.url}/__sandbox/faults`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ path: '^/auth/refresh-token$', status: 401 }),
      });
      await client.users.me();
      await client.users.me();
      // Refused once, never asked again; both calls still made with the token that has not expired.
      expect((await shortLog()).slice(3)).toEqual([
        '/auth/refresh-token 401',
        '/user/me 200',
        '/user/me 200',
      ]);
    } finally {
      await short.close();
    }
  });

  it('asks to sign in again (reauth-required) when a 401 meets a refused refresh', async () => {
    const { tokens } = await factory.signIn('demo@teamflame.local', 'demo');
    const revoked = { ...tokens, accessToken: `${tokens.accessToken}x` };
    await fault({ path: '^/auth/refresh-token$', status: 401, times: 10 });
    await admin('requests', undefined, 'DELETE');
    const client = factory.forSession(revoked);
    const errors = await Promise.all(
      Array.from({ length: 5 }, () => client.spaces.list().catch((e: unknown) => e)),
    );
    for (const error of errors) {
      expect(error).toBeInstanceOf(TeamFlameAuthError);
      expect((error as TeamFlameAuthError).reason).toBe('reauth-required');
    }
    expect((await requestLog()).filter((r) => r.path === '/auth/refresh-token')).toHaveLength(1);
    await expect(client.spaces.list()).rejects.toMatchObject({ code: 'auth', reason: 'reauth-required' });
    expect((await requestLog()).filter((r) => r.path === '/auth/refresh-token')).toHaveLength(1);
  });

  it('asks to sign in again without calling TeamFlame when an expired token has no refresh token', async () => {
    const { tokens } = await factory.signIn('demo@teamflame.local', 'demo');
    await admin('requests', undefined, 'DELETE');
    const client = factory.forSession({
      accessToken: tokens.accessToken,
      accessExpiresAt: new Date(Date.now() - 1000),
    });
    await expect(client.users.me()).rejects.toMatchObject({ code: 'auth', reason: 'reauth-required' });
    expect(await requestLog()).toEqual([]);
    expect(client.calls).toBe(0);
  });

  it('retries a GET after a 500, a network-level hang, and a 429 under the cap; not a 429 asking for longer', async () => {
    const quick = makeFactory(300);
    const client = await signedInClient('demo@teamflame.local', quick);
    await fault({ path: '^/space/spacesByUserId$', status: 500, times: 1 });
    await fault({ path: '^/space/spacesByUserId$', hang: true, times: 1 });
    const before = client.calls;
    expect(await client.spaces.list()).toHaveLength(2);
    expect(client.calls - before).toBe(3);

    await fault({ path: '^/space/spacesByUserId$', status: 429, retryAfterSeconds: 60 });
    const started = Date.now();
    const error = await client.spaces.list().catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(error).toBeInstanceOf(TeamFlameRateLimitError);
    expect((error as TeamFlameRateLimitError).retryAfterSeconds).toBe(60);
    expect((error as TeamFlameRateLimitError).message).not.toMatch(/429|Retry-After/);
  });

  it('never retries a POST, whatever the failure: 429, 500, timeout', async () => {
    const quick = makeFactory(300);
    const client = await signedInClient('demo@teamflame.local', quick);
    const task = (await client.tasks.mine())[0]!;
    await fault({ path: '^/comment/create$', status: 429, retryAfterSeconds: 0 });
    await expect(client.comments.create(task.id, 'a')).rejects.toBeInstanceOf(TeamFlameRateLimitError);
    await fault({ path: '^/comment/create$', status: 500 });
    await expect(client.comments.create(task.id, 'b')).rejects.toBeInstanceOf(TeamFlameUnavailableError);
    await fault({ path: '^/task/change-column/', hang: true });
    await expect(client.tasks.changeColumn(task, task.columnId)).rejects.toMatchObject({ kind: 'timeout' });
    const posts = (await requestLog()).filter((r) => r.method === 'POST' && r.path !== '/auth/sign-in');
    expect(posts.map((r) => r.path.split('/')[1])).toEqual(['comment', 'comment', 'task']);
    expect(await client.comments.ofTask(task.id)).toEqual(task.comments ?? []);
  });

  it('reports an unreachable TeamFlame as unavailable (network) after retrying the read', async () => {
    const { tokens } = await factory.signIn('demo@teamflame.local', 'demo');
    const closed = await startSandbox();
    const deadUrl = closed.url;
    await closed.close();
    const offline = createTeamFlameClientFactory({
      apiUrl: deadUrl,
      authUrl: deadUrl,
      logger,
      retry: { retries: 2, baseDelayMs: 5 },
    });
    const client = offline.forSession(tokens);
    const error = await client.spaces.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TeamFlameUnavailableError);
    expect((error as TeamFlameUnavailableError).kind).toBe('network');
    expect(client.calls).toBe(3);
    await expect(offline.signIn('demo@teamflame.local', 'demo')).rejects.toMatchObject({ kind: 'network' });
  });

  it('counts HTTP calls per client: one for a layered board, 2 + columns when fanning out', async () => {
    const client = await signedInClient();
    const other = await signedInClient('ivan.petrov@teamflame.local');
    const boardId = (await client.boards.mine())[0]!.id;
    let before = client.calls;
    const board = await client.loadBoard(boardId);
    expect(client.calls - before).toBe(1);
    await fault({ path: '^/column/getByBoardOneLayer/', status: 404 });
    before = client.calls;
    await client.loadBoard(boardId);
    expect(client.calls - before).toBe(2 + board.columns.length);
    expect(other.calls).toBe(0);
  });

  it('maps a wrong email like a wrong password, and a sign-in refusal echoing the password never shows it', async () => {
    await expect(factory.signIn('nobody@teamflame.local', 'demo')).rejects.toMatchObject({
      code: 'auth',
      reason: 'credentials',
    });
    const password = 'echo-me-back-42';
    await fault({ path: '^/auth/sign-in$', status: 400, message: `password ${password} is too weak` });
    const error = await factory.signIn('demo@teamflame.local', password).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TeamFlameValidationError);
    expect((error as Error).message).toBe('TeamFlame refused this: password [redacted] is too weak');
    expect(JSON.stringify(error)).not.toContain(password);
  });

  it('fails a wrong password with TeamFlameAuthError, and neither the error nor the logs hold the password or a token', async () => {
    const { tokens } = await factory.signIn('ivan.petrov@teamflame.local', 'demo');
    const password = 'Sup3r-Secret-Passw0rd';
    const error = await factory.signIn('demo@teamflame.local', password).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TeamFlameAuthError);
    expect((error as TeamFlameAuthError).reason).toBe('credentials');
    // What a handler would do with it: log the error object itself.
    logger.error({ err: error }, 'sign-in failed');
    const client = factory.forSession(tokens);
    await client.users.me();
    const everything = [
      String(error),
      (error as Error).message,
      JSON.stringify(error),
      (error as Error).stack ?? '',
      ...logLines,
    ].join('\n');
    expect(logLines.some((l) => l.includes('TeamFlameAuthError'))).toBe(true);
    expect(logLines.some((l) => l.includes('/user/me'))).toBe(true);
    expect(everything).not.toContain(password);
    expect(everything).not.toContain(tokens.accessToken);
    expect(everything).not.toContain(tokens.refreshToken!);
    expect(everything).not.toMatch(/Bearer/);
  });
});
