// Teams SSO tokens for the tab API, validated against a JWKS served locally (issuer, audience, expiry).
import { generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppUnderTest, type AppUnderTest } from '../test-support/app-under-test.js';
import { SSO_CLIENT_ID, startSsoIssuer, type SsoIssuer } from '../test-support/sso.js';
import { personalChat, teamsUser } from '../test-support/teams-activities.js';

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
