// Teams SSO tokens for tests: a locally generated signing key, its JWKS served on loopback, and the
// environment that points the server's tab SSO at it.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import { TENANT_ID, type TeamsUser } from './teams-activities.js';

export const SSO_CLIENT_ID = '11111111-2222-4333-8444-555555555555';

interface SsoTokenOptions {
  key?: CryptoKey;
  audience?: string;
  issuer?: string;
  expiresIn?: string | number;
  /** The AAD object id; default the user's. */
  oid?: string;
}

export interface SsoIssuer {
  /** AAD_APP_* variables for startAppUnderTest. */
  env: Record<string, string>;
  /** An SSO token as Teams gives the tab for this user (`getAuthToken`). */
  token(user: Pick<TeamsUser, 'aadObjectId'>, options?: SsoTokenOptions): Promise<string>;
  close(): Promise<void>;
}

export async function startSsoIssuer(): Promise<SsoIssuer> {
  const pair = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
  const server = createServer((_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/keys`;
  return {
    env: { AAD_APP_CLIENT_ID: SSO_CLIENT_ID, AAD_APP_TENANT_ID: TENANT_ID, AAD_JWKS_URL: jwksUrl },
    token: (user, o = {}) =>
      new SignJWT({ oid: o.oid ?? user.aadObjectId, tid: TENANT_ID })
        .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
        .setIssuer(o.issuer ?? `https://login.microsoftonline.com/${TENANT_ID}/v2.0`)
        .setAudience(o.audience ?? SSO_CLIENT_ID)
        .setIssuedAt()
        .setExpirationTime(o.expiresIn ?? '1h')
        .sign(o.key ?? pair.privateKey),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
