// One middleware turns a request's bearer token into its user: a Teams SSO token (validated against the
// Entra ID JWKS: issuer, audience, expiry) or the tab's own session token. Every TeamFlame call of the
// request then uses that user's own TeamFlame token.
import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import type { Request } from 'restify';
import type { Config } from '../config.js';
import type { Database, UserRow } from '../data/index.js';
import type { TeamFlameClient, TeamFlameClientFactory } from '../teamflame/index.js';
import type { SessionTokens } from './session-tokens.js';

export interface RequestUser {
  user: UserRow;
  client: TeamFlameClient;
}

export class Unauthenticated extends Error {}

export interface Authenticator {
  authenticate(req: Request): Promise<RequestUser>;
}

export function createAuthenticator(deps: {
  db: Database;
  teamflame: TeamFlameClientFactory;
  sessions: SessionTokens;
  sso: Config['tabSso'];
  publicUrl: string;
}): Authenticator {
  const { db, teamflame, sessions, sso } = deps;
  const jwks: JWTVerifyGetKey | undefined =
    sso.clientId && sso.tenantId
      ? createRemoteJWKSet(
          new URL(sso.jwksUrl ?? `https://login.microsoftonline.com/${sso.tenantId}/discovery/v2.0/keys`),
        )
      : undefined;

  async function ssoUser(token: string): Promise<UserRow | undefined> {
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
      return oid && tid ? db.users.findByAad(tid, oid) : undefined;
    } catch {
      return undefined;
    }
  }

  return {
    async authenticate(req) {
      const header = req.headers.authorization ?? '';
      const token = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
      if (!token) throw new Unauthenticated('no token');
      const sessionUserId = await sessions.verify(token);
      const user = sessionUserId ? await db.users.findById(sessionUserId) : await ssoUser(token);
      if (!user) throw new Unauthenticated('unknown token');
      const tokens = await db.tokens.get(user.teamflameUserId);
      if (!tokens) throw new Unauthenticated('signed out');
      return {
        user,
        client: teamflame.forSession(tokens, {
          onTokensRefreshed: (fresh) => db.tokens.save(user.teamflameUserId, fresh),
        }),
      };
    },
  };
}
