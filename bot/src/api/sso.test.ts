// Teams SSO tokens for the tab API, validated against a JWKS served locally (issuer, audience, expiry).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppUnderTest, type AppUnderTest } from '../test-support/app-under-test.js';
import { personalChat, teamsUser, TENANT_ID } from '../test-support/teams-activities.js';

const CLIENT_ID = '11111111-2222-4333-8444-555555555555';
let t: AppUnderTest;
let jwksServer: Server;
let signingKey: CryptoKey;
let foreignKey: CryptoKey;
const user = teamsUser('Demo User');

async function ssoToken(
  overrides: {
    key?: CryptoKey;
    audience?: string;
    issuer?: string;
    expiresIn?: string | number;
    oid?: string;
  } = {},
) {
  return new SignJWT({ oid: overrides.oid ?? user.aadObjectId, tid: TENANT_ID })
    .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
    .setIssuer(overrides.issuer ?? `https://login.microsoftonline.com/${TENANT_ID}/v2.0`)
    .setAudience(overrides.audience ?? CLIENT_ID)
    .setIssuedAt()
    .setExpirationTime(overrides.expiresIn ?? '1h')
    .sign(overrides.key ?? signingKey);
}

beforeAll(async () => {
  const pair = await generateKeyPair('RS256');
  signingKey = pair.privateKey;
  foreignKey = (await generateKeyPair('RS256')).privateKey;
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
  jwksServer = createServer((_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
  const jwksUrl = `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/keys`;
  t = await startAppUnderTest({
    env: { AAD_APP_CLIENT_ID: CLIENT_ID, AAD_APP_TENANT_ID: TENANT_ID, AAD_JWKS_URL: jwksUrl },
  });
  // Signing in once in the bot also signs the user in in the tab.
  await t.press(user, personalChat(user), 'signIn', { email: 'demo@teamflame.local', password: 'demo' });
});
afterAll(async () => {
  await t?.close();
  await new Promise((resolve) => jwksServer?.close(resolve));
});

const boards = async (token: string) =>
  fetch(`${t.url}/api/boards`, { headers: { authorization: `Bearer ${token}` } }).then((r) => r.status);

describe('Teams SSO in the tab API', () => {
  it('accepts a valid token of a user who signed in through the bot', async () => {
    expect(await boards(await ssoToken())).toBe(200);
    expect(await boards(await ssoToken({ audience: `api://localhost:3978/${CLIENT_ID}` }))).toBe(200);
  });

  it('answers 401 to an expired token, a wrong audience or issuer, a foreign key, and an unknown user', async () => {
    expect(await boards(await ssoToken({ expiresIn: Math.floor(Date.now() / 1000) - 60 }))).toBe(401);
    expect(await boards(await ssoToken({ audience: 'api://someone-else' }))).toBe(401);
    expect(
      await boards(await ssoToken({ issuer: 'https://login.microsoftonline.com/other-tenant/v2.0' })),
    ).toBe(401);
    expect(await boards(await ssoToken({ key: foreignKey }))).toBe(401);
    expect(await boards(await ssoToken({ oid: 'a-user-never-seen' }))).toBe(401);
  });
});
