// Bot Framework authentication of /api/messages with BOT_ID set, against an OpenID configuration and JWKS
// served on loopback (BOT_OPENID_METADATA_URL), as the Bot Framework serves its own: a genuine channel
// token gets in; every forged, expired or misaddressed one is a 401 logged as a warning; a 503 only while
// the signing keys cannot be fetched.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AuthenticationConstants } from 'botframework-connector';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWTPayload } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppUnderTest, type AppUnderTest } from '../test-support/app-under-test.js';
import { cardActionInvoke, personalChat, teamsUser } from '../test-support/teams-activities.js';
import { botFrameworkAuthOptions } from './bot-adapter.js';

const BOT_ID = '3f9a2c4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b';
const KID = 'teams-key-1';
const CHANNEL_ISSUER = AuthenticationConstants.ToBotFromChannelTokenIssuer;
// One of the issuers botbuilder accepts for emulator (and skill) tokens.
const EMULATOR_ISSUER = 'https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/';

type Mode = 'ok' | 'metadata-500' | 'keys-500';

/** An OpenID configuration and its JWKS on 127.0.0.1, as login.botframework.com serves them. */
interface KeyServer {
  metadataUrl: string;
  mode: Mode;
  /** Stops listening: fetching the keys is refused at the TCP level. */
  stop(): Promise<void>;
  /** Listens again on the same port. */
  resume(): Promise<void>;
}

async function startKeyServer(jwks: { keys: unknown[] }): Promise<KeyServer> {
  let base = '';
  const state: { mode: Mode } = { mode: 'ok' };
  const server: Server = createServer((req, res) => {
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.url === '/v1/.well-known/openidconfiguration') {
      if (state.mode === 'metadata-500') return send(500, { error: 'down' });
      return send(200, {
        issuer: CHANNEL_ISSUER,
        authorization_endpoint: `${base}/authorize`,
        jwks_uri: `${base}/v1/keys`,
        id_token_signing_alg_values_supported: ['RS256'],
        token_endpoint_auth_methods_supported: ['private_key_jwt'],
      });
    }
    if (req.url === '/v1/keys') {
      if (state.mode === 'keys-500') return send(500, { error: 'down' });
      return send(200, jwks);
    }
    send(404, { error: 'not found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
  return {
    metadataUrl: `${base}/v1/.well-known/openidconfiguration`,
    get mode() {
      return state.mode;
    },
    set mode(value: Mode) {
      state.mode = value;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
    resume: () => new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve)),
  };
}

let signingKey: CryptoKey;
let foreignKey: CryptoKey;
let skypeOnlyKey: CryptoKey;
let jwks: { keys: unknown[] };

const user = teamsUser('Mallory Or Not');
const chat = personalChat(user);

/** An activity that the bot answers in the HTTP response (a signed-out card press gets the sign-in card). */
const pressActivity = (serviceUrl: string) =>
  cardActionInvoke({
    serviceUrl,
    from: user,
    conversation: chat,
    verb: 'board.show',
    data: { boardId: 'b1' },
  });

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A channel token as the Bot Framework issues it for Teams; every part can be spoiled. */
function channelToken(
  serviceUrl: string,
  o: { key?: CryptoKey; kid?: string; claims?: JWTPayload; expiresAt?: number } = {},
): Promise<string> {
  return new SignJWT({ iss: CHANNEL_ISSUER, aud: BOT_ID, serviceurl: serviceUrl, ...o.claims })
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: o.kid ?? KID })
    .setIssuedAt(o.expiresAt ? o.expiresAt - 3600 : undefined)
    .setNotBefore(o.expiresAt ? o.expiresAt - 3600 : '-1 min')
    .setExpirationTime(o.expiresAt ?? '1h')
    .sign(o.key ?? signingKey);
}

/** A token the Bot Framework Emulator (or another bot) would present: an Azure AD token for our app. */
function emulatorToken(key: CryptoKey): Promise<string> {
  return new SignJWT({ ver: '1.0', appid: BOT_ID })
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: KID })
    .setIssuer(EMULATOR_ISSUER)
    .setAudience(BOT_ID)
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(key);
}

interface LogLine {
  level: number;
  msg: string;
}
const WARN = 40;
const ERROR = 50;

async function post(url: string, activity: unknown, authorization?: string) {
  const response = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(authorization === undefined ? {} : { authorization }),
    },
    body: JSON.stringify(activity),
  });
  const text = await response.text();
  return { status: response.status, type: response.headers.get('content-type'), text };
}

beforeAll(async () => {
  const pair = await generateKeyPair('RS256', { extractable: true });
  signingKey = pair.privateKey;
  foreignKey = (await generateKeyPair('RS256')).privateKey;
  const skypeOnly = await generateKeyPair('RS256', { extractable: true });
  skypeOnlyKey = skypeOnly.privateKey;
  jwks = {
    keys: [
      { ...(await exportJWK(pair.publicKey)), kid: KID, use: 'sig', endorsements: ['msteams'] },
      { ...(await exportJWK(skypeOnly.publicKey)), kid: 'skype-key', use: 'sig', endorsements: ['skype'] },
    ],
  };
});

describe('inbound Bot Framework authentication (BOT_ID set, keys served locally)', () => {
  let t: AppUnderTest;
  let keys: KeyServer;
  let serviceUrl: string;

  beforeAll(async () => {
    keys = await startKeyServer(jwks);
    t = await startAppUnderTest({
      env: { BOT_ID, BOT_PASSWORD: 'not-used-by-these-tests', BOT_OPENID_METADATA_URL: keys.metadataUrl },
    });
    serviceUrl = t.connector.url;
  });
  afterAll(async () => {
    await t?.close();
    await keys?.stop();
  });

  const bearer = (token: string) => `Bearer ${token}`;
  const logsSince = (from: number) => t.logs.slice(from).map((line) => JSON.parse(line) as LogLine);

  /**
   * The same activity with a genuine token gets in, so it is this token that is refused, not every token;
   * and it is refused with a bare 401 and a warning, nothing at error level.
   */
  async function expectRefused(authorization: string | undefined) {
    const from = t.logs.length;
    const refused = await post(t.url, pressActivity(serviceUrl), authorization);
    const lines = logsSince(from);
    const genuine = await post(t.url, pressActivity(serviceUrl), bearer(await channelToken(serviceUrl)));
    expect(genuine.status, 'the same activity with a genuine token').toBe(200);

    expect(refused.status).toBe(401);
    expect(refused.type).toBe('application/problem+json');
    // The catalog's code and its generic text: nothing about why the token was refused.
    expect(JSON.parse(refused.text)).toEqual({
      type: expect.any(String),
      code: 'unauthenticated',
      title: 'Unauthorized',
      status: 401,
      detail: 'You are not signed in.',
    });
    expect(lines).toContainEqual(
      expect.objectContaining({ level: WARN, msg: 'inbound activity refused: authentication failed' }),
    );
    expect(lines.filter((l) => l.level >= ERROR)).toEqual([]);
  }

  it('lets in an activity carrying a genuine channel token, and the bot answers it', async () => {
    const response = await post(t.url, pressActivity(serviceUrl), bearer(await channelToken(serviceUrl)));
    expect(response.status).toBe(200);
    const body = JSON.parse(response.text) as { statusCode: number; value: { type: string } };
    expect(body.statusCode).toBe(200);
    expect(body.value.type).toBe('AdaptiveCard');
    expect(response.text).toMatch(/signIn/); // the signed-out user is asked to sign in: the turn ran
  });

  it('lets in a genuine emulator-style token: its keys come from the same configured metadata', async () => {
    const response = await post(t.url, pressActivity(serviceUrl), bearer(await emulatorToken(signingKey)));
    expect(response.status).toBe(200);
  });

  it('refuses an activity without an Authorization header', async () => {
    await expectRefused(undefined);
  });

  it('refuses a token with alg "none" naming a served key', async () => {
    const claims = {
      iss: CHANNEL_ISSUER,
      aud: BOT_ID,
      serviceurl: serviceUrl,
      exp: Date.now() / 1000 + 3600,
    };
    const unsigned = `${base64url({ alg: 'none', typ: 'JWT', kid: KID })}.${base64url(claims)}.`;
    await expectRefused(bearer(unsigned));
  });

  it('refuses a token signed by a foreign key under a served key id', async () => {
    await expectRefused(bearer(await channelToken(serviceUrl, { key: foreignKey })));
  });

  it('refuses a genuine token whose payload was altered (its expiry extended)', async () => {
    const expired = await channelToken(serviceUrl, { expiresAt: Math.floor(Date.now() / 1000) - 600 });
    const [header, payload, signature] = expired.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as JWTPayload;
    const extended = base64url({ ...claims, exp: Math.floor(Date.now() / 1000) + 3600 });
    await expectRefused(bearer(`${header}.${extended}.${signature}`));
  });

  it('refuses an expired token (past botbuilder’s 5-minute clock tolerance)', async () => {
    await expectRefused(
      bearer(await channelToken(serviceUrl, { expiresAt: Math.floor(Date.now() / 1000) - 600 })),
    );
  });

  it('refuses a token for another bot (aud)', async () => {
    await expectRefused(bearer(await channelToken(serviceUrl, { claims: { aud: 'another-bot' } })));
  });

  it('refuses a token issued for another service URL (serviceurl claim)', async () => {
    const token = await channelToken(serviceUrl, { claims: { serviceurl: 'https://smba.example/evil/' } });
    await expectRefused(bearer(token));
  });

  it('refuses a token from another issuer', async () => {
    await expectRefused(bearer(await channelToken(serviceUrl, { claims: { iss: 'https://evil.example' } })));
  });

  it('refuses a token signed by a served key that is not endorsed for Teams', async () => {
    await expectRefused(bearer(await channelToken(serviceUrl, { key: skypeOnlyKey, kid: 'skype-key' })));
  });

  it('refuses an emulator-style token signed by a foreign key', async () => {
    await expectRefused(bearer(await emulatorToken(foreignKey)));
  });

  it('refuses a token that is not a JWT', async () => {
    await expectRefused('Bearer not.a.jwt');
  });
});

describe('inbound Bot Framework authentication when the signing keys cannot be fetched', () => {
  let t: AppUnderTest;
  let keys: KeyServer;

  beforeAll(async () => {
    keys = await startKeyServer(jwks);
    t = await startAppUnderTest({
      env: { BOT_ID, BOT_PASSWORD: 'not-used-by-these-tests', BOT_OPENID_METADATA_URL: keys.metadataUrl },
    });
  });
  afterAll(async () => {
    await t?.close();
    await keys?.stop();
  });

  it('answers 503 (logged as an error) while they are unreachable, and lets the token in once they are back', async () => {
    // botbuilder caches keys for a day once fetched, so every failure comes before the first success.
    const serviceUrl = t.connector.url;
    const send = async () =>
      post(t.url, pressActivity(serviceUrl), `Bearer ${await channelToken(serviceUrl)}`);
    const unavailable = async () => {
      const from = t.logs.length;
      const response = await send();
      expect(response.status).toBe(503);
      expect(JSON.parse(response.text)).toMatchObject({ status: 503, title: 'Service unavailable' });
      expect(t.logs.slice(from).map((l) => JSON.parse(l) as LogLine)).toContainEqual(
        expect.objectContaining({
          level: ERROR,
          msg: 'inbound activity not checked: signing keys unavailable',
        }),
      );
    };

    await keys.stop(); // nothing listens: connection refused
    await unavailable();
    await keys.resume();
    keys.mode = 'metadata-500';
    await unavailable();
    keys.mode = 'keys-500';
    await unavailable();
    keys.mode = 'ok';
    expect((await send()).status).toBe(200);
  });
});

describe('the configuration given to botbuilder', () => {
  const PUBLIC_CLOUD = {
    ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
    ToChannelFromBotOAuthScope: 'https://api.botframework.com',
    ToBotFromChannelTokenIssuer: 'https://api.botframework.com',
    ToBotFromChannelOpenIdMetadataUrl: 'https://login.botframework.com/v1/.well-known/openidconfiguration',
    ToBotFromEmulatorOpenIdMetadataUrl:
      'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration',
    OAuthUrl: 'https://api.botframework.com',
    CallerId: 'urn:botframework:azure',
    ValidateAuthority: true,
  };

  it('is the public Azure cloud, complete, when BOT_OPENID_METADATA_URL is unset', () => {
    expect(botFrameworkAuthOptions({ appId: BOT_ID, appPassword: 'pw' })).toMatchObject(PUBLIC_CLOUD);
  });

  it('moves only where the keys are read from when BOT_OPENID_METADATA_URL is set', () => {
    const url = 'https://keys.example/v1/.well-known/openidconfiguration';
    expect(botFrameworkAuthOptions({ appId: BOT_ID, openIdMetadataUrl: url })).toMatchObject({
      ...PUBLIC_CLOUD,
      ToBotFromChannelOpenIdMetadataUrl: url,
      ToBotFromEmulatorOpenIdMetadataUrl: url,
    });
  });
});
