// The tab's own session tokens (browser sign-in): HS256 JWTs signed with SESSION_SECRET, naming our user.
import { jwtVerify, SignJWT } from 'jose';

const ISSUER = 'teamflame-teams';
const LIFETIME_SECONDS = 8 * 3600;

export class SessionTokens {
  private readonly key: Uint8Array;

  constructor(secret: string) {
    this.key = new TextEncoder().encode(secret);
  }

  async issue(userId: string): Promise<{ token: string; expiresAt: Date }> {
    const expiresAt = new Date(Date.now() + LIFETIME_SECONDS * 1000);
    const token = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(userId)
      .setIssuer(ISSUER)
      .setAudience(ISSUER)
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.key);
    return { token, expiresAt };
  }

  /** Our user id, or undefined for anything forged, expired or not ours. */
  async verify(token: string): Promise<string | undefined> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        issuer: ISSUER,
        audience: ISSUER,
        algorithms: ['HS256'],
      });
      return payload.sub;
    } catch {
      return undefined;
    }
  }
}
