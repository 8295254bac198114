// Teams SSO tokens for the tab API, validated against a JWKS served locally (issuer, audience, expiry).
import { generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppUnderTest, type AppUnderTest } from '../test-support/app-under-test.js';
import { SSO_CLIENT_ID, startSsoIssuer, type SsoIssuer } from '../test-support/sso.js';
import { TENANT_ID, personalChat, teamsUser } from '../test-support/teams-activities.js';

let t: AppUnderTest;
let sso: SsoIssuer;
const user = teamsUser('Demo User');

beforeAll(async () => {
  sso = await startSsoIssuer();
  t = await startAppUnderTest({ env: sso.env });
  // Signing in once in the bot also signs the user in in the tab.
  await t.press(user, personalChat(user), 'signIn', { email: 'demo@teamflame.local', password: 'demo' });
});
afterAll(async () => {
  await t?.close();
  await sso?.close();
});

const post = (path: string, body: unknown) =>
  fetch(`${t.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

const boards = async (token: string) =>
  fetch(`${t.url}/api/boards`, { headers: { authorization: `Bearer ${token}` } }).then((r) => r.status);

describe('Teams SSO in the tab API', () => {
  it('accepts a valid token of a user who signed in through the bot', async () => {
    expect(await boards(await sso.token(user))).toBe(200);
    expect(await boards(await sso.token(user, { audience: `api://localhost:3978/${SSO_CLIENT_ID}` }))).toBe(
      200,
    );
  });

  it('answers 401 to an expired token, a wrong audience or issuer, a foreign key, and an unknown user', async () => {
    const foreignKey = (await generateKeyPair('RS256')).privateKey;
    expect(await boards(await sso.token(user, { expiresIn: Math.floor(Date.now() / 1000) - 60 }))).toBe(401);
    expect(await boards(await sso.token(user, { audience: 'api://someone-else' }))).toBe(401);
    expect(
      await boards(await sso.token(user, { issuer: 'https://login.microsoftonline.com/other-tenant/v2.0' })),
    ).toBe(401);
    expect(await boards(await sso.token(user, { key: foreignKey }))).toBe(401);
    expect(await boards(await sso.token(user, { oid: 'a-user-never-seen' }))).toBe(401);
  });
});

describe('signing in inside Teams', () => {
  it('links the Teams identity of a valid SSO token, opens no browser session, and SSO then works', async () => {
    const newcomer = teamsUser('John Smith');
    const token = await sso.token(newcomer);
    expect(await boards(token)).toBe(401);
    const answer = await post('/api/auth/signin', {
      email: 'john.smith@teamflame.local',
      password: 'demo',
      teamsToken: token,
    });
    expect(answer.status).toBe(200);
    const body = (await answer.json()) as Record<string, unknown>;
    expect(body.sessionToken).toBeUndefined();
    expect(body.user).toMatchObject({ name: expect.any(String), email: 'john.smith@teamflame.local' });
    expect(await boards(token)).toBe(200);
    const [row] = (await t.db.database.dataSource.query(
      'SELECT tenant_id, aad_object_id, channel_user_id FROM users WHERE aad_object_id = $1',
      [newcomer.aadObjectId],
    )) as Record<string, string>[];
    expect(row).toEqual({
      tenant_id: TENANT_ID,
      aad_object_id: newcomer.aadObjectId,
      channel_user_id: `aad:${newcomer.aadObjectId}`,
    });
    // The bot meets them later: the same row, now with their channel id.
    await t.say(newcomer, personalChat(newcomer), 'board');
    const rows = (await t.db.database.dataSource.query(
      'SELECT channel_user_id FROM users WHERE aad_object_id = $1',
      [newcomer.aadObjectId],
    )) as Record<string, string>[];
    expect(rows).toEqual([{ channel_user_id: newcomer.id }]);
  });

  it('refuses a sign-in with an invalid Teams token (401), linking nothing', async () => {
    const stranger = teamsUser('Ivan Petrov');
    const forged = await sso.token(stranger, { audience: 'api://someone-else' });
    const answer = await post('/api/auth/signin', {
      email: 'ivan.petrov@teamflame.local',
      password: 'demo',
      teamsToken: forged,
    });
    expect(answer.status).toBe(401);
    expect(
      await t.db.database.dataSource.query('SELECT id FROM users WHERE aad_object_id = $1', [
        stranger.aadObjectId,
      ]),
    ).toEqual([]);
  });

  it('tells the consent pop-up where to ask Entra ID, for which app and scope', async () => {
    const settings = (await fetch(`${t.url}/api/auth/sso`).then((r) => r.json())) as Record<string, string>;
    expect(settings).toEqual({
      enabled: true,
      clientId: SSO_CLIENT_ID,
      authorizeUrl: `https://login.microsoftonline.com/${TENANT_ID}/oauth2/v2.0/authorize`,
      scope: `openid profile api://localhost:3978/${SSO_CLIENT_ID}/access_as_user`,
    });
  });
});
