// The tab's own session tokens (browser sign-in): HS256 JWTs signed with SESSION_SECRET that name our user
// (`sub`) and a tab_sessions row (`sid`). A valid signature is not enough: the row must still exist, so
// signing out (which deletes it) refuses the token for the rest of its lifetime.
import { jwtVerify, SignJWT } from 'jose';
import type { TabSessionsRepository } from '../data/repositories/tab-sessions.js';

const ISSUER = 'teamflame-teams';
const LIFETIME_SECONDS = 8 * 3600;
/** Both claims are uuid columns: anything else is refused here, before a query could fail on the cast. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface TabSession {
  sessionId: string;
  userId: string;
}

export class SessionTokens {
  private readonly key: Uint8Array;

  constructor(
    secret: string,
    private readonly sessions: TabSessionsRepository,
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  async issue(userId: string): Promise<{ token: string; expiresAt: Date }> {
    const expiresAt = new Date(Date.now() + LIFETIME_SECONDS * 1000);
    const session = await this.sessions.open(userId, expiresAt);
    const token = await new SignJWT({ sid: session.id })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(userId)
      .setIssuer(ISSUER)
      .setAudience(ISSUER)
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.key);
    return { token, expiresAt };
  }

  /** The live session a token names; undefined for anything forged, expired, signed out or not ours. */
  async verify(token: string): Promise<TabSession | undefined> {
    let claims: { sub?: unknown; sid?: unknown };
    try {
      ({ payload: claims } = await jwtVerify(token, this.key, {
        issuer: ISSUER,
        audience: ISSUER,
        algorithms: ['HS256'],
      }));
    } catch {
      return undefined; // not a valid session token of ours: the caller may still try it as an SSO token
    }
    const { sub, sid } = claims;
    if (typeof sub !== 'string' || typeof sid !== 'string' || !UUID.test(sub) || !UUID.test(sid)) {
      return undefined;
    }
    const session = await this.sessions.findActive(sid);
    return session?.userId === sub ? { sessionId: session.id, userId: session.userId } : undefined;
  }

  /** Sign-out of a browser session. */
  revoke(sessionId: string): Promise<void> {
    return this.sessions.revoke(sessionId);
  }
}
