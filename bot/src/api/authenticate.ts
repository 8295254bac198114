// One middleware turns a request's bearer token into its user: a Teams SSO token (validated against the
// Entra ID JWKS: issuer, audience, expiry) or the tab's own session token. Every TeamFlame call of the
// request then uses that user's own TeamFlame token.
import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import type { Request } from 'restify';
import type { Config } from '../config.js';
import type { Accounts } from '../accounts/index.js';
import type { Database, UserRow } from '../data/index.js';
import { AppError } from '../errors/index.js';
import type { TeamFlameClient } from '../teamflame/index.js';
import type { SessionTokens } from './session-tokens.js';

/**
 * How the request proved who it is. Only a Teams SSO token carries a Teams identity (the AAD object id,
 * which the Bot Framework can look up among a conversation's members); a browser session never does.
 */
type RequestIdentity =
  { kind: 'teams'; tenantId: string; aadObjectId: string } | { kind: 'browser'; sessionId: string };

export interface RequestUser {
  user: UserRow;
  identity: RequestIdentity;
  client: TeamFlameClient;
}

/** Who the request's token names, before their TeamFlame client is built. */
type Identified = Omit<RequestUser, 'client'>;

/** @internal Tests use it too. */
export class Unauthenticated extends AppError {
  constructor(reason: string) {
    super('unauthenticated', { reason });
  }
}

export interface Authenticator {
  authenticate(req: Request): Promise<RequestUser>;
}

export function createAuthenticator(deps: {
  db: Database;
  accounts: Accounts;
  sessions: SessionTokens;
  sso: Config['tabSso'];
  publicUrl: string;
}): Authenticator {
  const { db, accounts, sessions, sso } = deps;
  const jwks: JWTVerifyGetKey | undefined =
    sso.clientId && sso.tenantId
      ? createRemoteJWKSet(
          new URL(sso.jwksUrl ?? `https://login.microsoftonline.com/${sso.tenantId}/discovery/v2.0/keys`),
        )
      : undefined;

  async function ssoUser(token: string): Promise<Identified | undefined> {
    if (!jwks || !sso.clientId || !sso.tenantId) return undefined;
    try {
      const { payload } = await jwtVerify(token, jwks, {
        issuer: [
          `https://login.microsoftonline.com/${sso.tenantId}/v2.0`,
          `https://sts.windows.net/${sso.tenantId}/`,
        ],
        audience: [
          sso.clientId,
          // The tab's SSO resource, as webApplicationInfo.resource names it in the manifest.
          `api://${new URL(deps.publicUrl).host}/${sso.clientId}`,
        ],
      });
      const oid = typeof payload.oid === 'string' ? payload.oid : undefined;
      const tid = typeof payload.tid === 'string' ? payload.tid : undefined;
      if (!oid || !tid) return undefined;
      const user = await db.users.findByAad(tid, oid);
      return user && { user, identity: { kind: 'teams', tenantId: tid, aadObjectId: oid } };
    } catch (error) {
      // Not a valid SSO token (bad signature, expired, wrong audience or issuer, keys unreachable): the
      // request is unauthenticated. Anything else (the database) is a real failure and goes on up.
      if (error instanceof errors.JOSEError) return undefined;
      throw error;
    }
  }

  async function browserUser(userId: string, sessionId: string): Promise<Identified | undefined> {
    const user = await db.users.findById(userId);
    return user && { user, identity: { kind: 'browser', sessionId } };
  }

  return {
    async authenticate(req) {
      const header = req.headers.authorization ?? '';
      const token = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
      if (!token) throw new Unauthenticated('no token');
      const session = await sessions.verify(token);
      const found = session ? await browserUser(session.userId, session.sessionId) : await ssoUser(token);
      if (!found) throw new Unauthenticated('unknown token');
      const account = await accounts.forUser(found.user);
      if (!account) throw new Unauthenticated('signed out');
      return { ...account, identity: found.identity };
    },
  };
}
