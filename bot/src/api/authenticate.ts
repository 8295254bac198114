// One middleware turns a request's bearer token into its user: a Teams SSO token (teams-sso.ts) or the
// tab's own session token. Every TeamFlame call of the
// request then uses that user's own TeamFlame token.
import type { Request } from 'restify';
import type { Accounts } from '../accounts/index.js';
import type { Database, UserRow } from '../data/index.js';
import { AppError } from '../errors/index.js';
import type { TeamFlameClient } from '../teamflame/index.js';
import type { SessionTokens } from './session-tokens.js';
import type { TeamsSso } from './teams-sso.js';

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

/** A 401: no token, one we do not know, or a signed-out place. */
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
  sso: TeamsSso;
}): Authenticator {
  const { db, accounts, sessions, sso } = deps;

  async function ssoUser(token: string): Promise<Identified | undefined> {
    const teams = await sso.identify(token);
    if (!teams) return undefined;
    const user = await db.users.findByAad(teams.tenantId, teams.aadObjectId);
    return user && { user, identity: { kind: 'teams', ...teams } };
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
