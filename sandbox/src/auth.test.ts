import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from './index.js';
import { DEMO, OBJECT_ID, SandboxClient, type SignedIn } from './test-support/sandbox-client.js';

let sandbox: Sandbox;
let client: SandboxClient;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const payloadOf = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as Record<string, unknown>;

beforeAll(async () => {
  sandbox = await startSandbox();
  client = SandboxClient.of(sandbox);
});
afterAll(() => sandbox.close());
beforeEach(async () => {
  await client.reset();
});

describe('sign-in', () => {
  it('answers the user and a token pair; the access token is an HS256 JWT with email, userId, iat, exp', async () => {
    const answer = await client.call<SignedIn>('/auth/sign-in', { body: { email: DEMO, password: 'demo' } });
    expect(answer.status).toBe(200);
    const { user, tokens } = answer.body;
    expect(user).toMatchObject({ email: DEMO, firstName: 'Demo', lastName: 'User' });
    expect(user.id).toMatch(OBJECT_ID);
    expect(user).not.toHaveProperty('password');
    expect(tokens.accessToken.expiresIn).toBe(300_000);
    expect(typeof tokens.refreshToken.token).toBe('string');
    const [header] = tokens.accessToken.token.split('.');
    expect(JSON.parse(Buffer.from(header!, 'base64url').toString())).toEqual({ alg: 'HS256', typ: 'JWT' });
    const payload = payloadOf(tokens.accessToken.token);
    expect(Object.keys(payload).sort()).toEqual(['email', 'exp', 'iat', 'userId']);
    expect(payload).toMatchObject({ email: DEMO, userId: user.id });
    expect(Number(payload.exp) - Number(payload.iat)).toBe(300_000);
  });

  it('matches the email without regard to case', async () => {
    const answer = await client.call('/auth/sign-in', {
      body: { email: 'Demo@TeamFlame.local', password: 'demo' },
    });
    expect(answer.status).toBe(200);
  });

  it('refuses a wrong password or an unknown email with the same 401, never echoing the password', async () => {
    for (const email of [DEMO, 'nobody@teamflame.local']) {
      const answer = await client.call('/auth/sign-in', { body: { email, password: 'hunter2-wrong' } });
      expect(answer.status).toBe(401);
      expect(answer.body).toEqual({ statusCode: 401, message: 'Invalid credentials' });
      expect(JSON.stringify(answer.body)).not.toContain('hunter2');
    }
  });

  it('answers 400 naming the missing field', async () => {
    const answer = await client.call<{ statusCode: number; message: string }>('/auth/sign-in', {
      body: { email: DEMO },
    });
    expect(answer.status).toBe(400);
    expect(answer.body.statusCode).toBe(400);
    expect(answer.body.message).toMatch(/^password: /);
  });

  it('serves every demo user with password demo', async () => {
    expect(sandbox.demoUsers.map((u) => u.email)).toEqual([
      'demo@teamflame.local',
      'ivan.petrov@teamflame.local',
      'maria.ivanova@teamflame.local',
      'john.smith@teamflame.local',
      'anna.sokolova@teamflame.local',
      'alex.brown@teamflame.local',
    ]);
    for (const user of sandbox.demoUsers) {
      expect(user.password).toBe('demo');
      expect((await client.signIn(user.email, user.password)).user.id).toBe(user.id);
    }
  });
});

describe('access tokens', () => {
  it('answer 401 JSON when missing, malformed, forged or for another sandbox', async () => {
    const other = await startSandbox();
    try {
      const foreign = await SandboxClient.of(other).tokenOf(DEMO);
      const own = await client.tokenOf(DEMO);
      const [header, , signature] = own.split('.');
      const forgedPayload = Buffer.from(JSON.stringify({ ...payloadOf(own), userId: 'x' })).toString(
        'base64url',
      );
      for (const token of [
        undefined,
        'garbage',
        'a.b.c',
        foreign,
        `${header}.${forgedPayload}.${signature}`,
      ]) {
        const answer = await client.call('/user/me', { token });
        expect(answer.status).toBe(401);
        expect(answer.body).toEqual({ statusCode: 401, message: 'Unauthorized' });
      }
      expect((await client.call('/user/me', { token: own })).status).toBe(200);
    } finally {
      await other.close();
    }
  });

  it('expire after tokenTtlSeconds, and a refresh token then gives a new pair, once', async () => {
    const short = await startSandbox({ tokenTtlSeconds: 1 });
    try {
      const shortClient = SandboxClient.of(short);
      const signed = await shortClient.signIn(DEMO);
      expect(signed.tokens.accessToken.expiresIn).toBe(1);
      const me = (token: string) => shortClient.call('/user/me', { token });
      expect((await me(signed.tokens.accessToken.token)).status).toBe(200);
      await wait(2100); // exp has whole-second precision
      const expired = await me(signed.tokens.accessToken.token);
      expect(expired.status).toBe(401);
      expect(expired.body).toEqual({ statusCode: 401, message: 'Unauthorized' });

      const refresh = (refreshToken: string) =>
        shortClient.call<SignedIn>('/auth/refresh-token', { body: { refreshToken } });
      const refreshed = await refresh(signed.tokens.refreshToken.token);
      expect(refreshed.status).toBe(200);
      expect(refreshed.body.user.email).toBe(DEMO);
      expect(refreshed.body.tokens.refreshToken.token).not.toBe(signed.tokens.refreshToken.token);
      expect((await me(refreshed.body.tokens.accessToken.token)).status).toBe(200);
      // Spent: the same refresh token is refused the second time; the new one works.
      expect((await refresh(signed.tokens.refreshToken.token)).status).toBe(401);
      expect((await refresh(refreshed.body.tokens.refreshToken.token)).status).toBe(200);
    } finally {
      await short.close();
    }
  });

  it('refuses an unknown refresh token with 401 and a missing one with 400', async () => {
    expect((await client.call('/auth/refresh-token', { body: { refreshToken: 'nope' } })).body).toEqual({
      statusCode: 401,
      message: 'Invalid refresh token',
    });
    expect((await client.call('/auth/refresh-token', { body: {} })).status).toBe(400);
  });
});

describe('users', () => {
  it('answers the caller at /auth/user and /user/me, and any user by id, without passwords', async () => {
    const { user, tokens } = await client.signIn('maria.ivanova@teamflame.local');
    const token = tokens.accessToken.token;
    for (const path of ['/auth/user', '/user/me', `/user/${user.id}`]) {
      const answer = await client.call<Record<string, unknown>>(path, { token });
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ id: user.id, firstName: 'Мария', lastName: 'Иванова' });
      expect(answer.body).not.toHaveProperty('password');
    }
    const john = sandbox.demoUsers.find((u) => u.email === 'john.smith@teamflame.local')!;
    expect((await client.call(`/user/${john.id}`, { token })).body).toMatchObject({ firstName: 'John' });
    expect((await client.call('/user/65f0000000000000000fffff', { token })).status).toBe(404);
  });

  it('signs up a new user who can then sign in; a taken email is 409, a bad one 400', async () => {
    const fields = {
      firstName: 'Ольга',
      lastName: 'Новикова',
      email: 'olga@example.test',
      password: 'secret1',
    };
    const created = await client.call<Record<string, unknown>>('/auth/sign-up', { body: fields });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ firstName: 'Ольга', email: 'olga@example.test' });
    expect(created.body.id).toMatch(OBJECT_ID);
    expect(created.body).not.toHaveProperty('password');
    expect((await client.signIn('olga@example.test', 'secret1')).user.id).toBe(created.body.id);
    expect((await client.call('/auth/sign-up', { body: fields })).status).toBe(409);
    const bad = await client.call<{ message: string }>('/auth/sign-up', {
      body: { ...fields, email: 'not-an-email' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/^email: /);
  });
});
