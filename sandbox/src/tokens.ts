// JWT-shaped HS256 access tokens with { email, userId, iat, exp }, like TeamFlame's, and opaque refresh tokens.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

const b64url = (input: Buffer | string) => Buffer.from(input).toString('base64url');

export interface AccessClaims {
  email: string;
  userId: string;
  iat: number;
  exp: number;
}

export class TokenIssuer {
  private readonly secret = randomBytes(32);
  private readonly refreshTokens = new Map<string, string>(); // refresh token -> userId

  constructor(private readonly ttlSeconds: number) {}

  issue(user: { id: string; email: string }) {
    const iat = Math.floor(Date.now() / 1000);
    const claims: AccessClaims = { email: user.email, userId: user.id, iat, exp: iat + this.ttlSeconds };
    const unsigned = `${b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${b64url(JSON.stringify(claims))}`;
    const signature = createHmac('sha256', this.secret).update(unsigned).digest('base64url');
    const refreshToken = randomBytes(24).toString('base64url');
    this.refreshTokens.set(refreshToken, user.id);
    return {
      accessToken: { token: `${unsigned}.${signature}`, expiresIn: this.ttlSeconds },
      refreshToken: { token: refreshToken },
    };
  }

  /** The claims of a valid, unexpired access token; undefined otherwise. */
  verify(token: string): AccessClaims | undefined {
    const [header, payload, signature] = token.split('.');
    if (!header || !payload || !signature) return undefined;
    const expected = createHmac('sha256', this.secret).update(`${header}.${payload}`).digest();
    const given = Buffer.from(signature, 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
    try {
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as AccessClaims;
      return claims.exp > Date.now() / 1000 ? claims : undefined;
    } catch {
      return undefined;
    }
  }

  /** Refresh tokens are single use: the old one is spent when a new pair is issued. */
  redeem(refreshToken: string): string | undefined {
    const userId = this.refreshTokens.get(refreshToken);
    if (userId) this.refreshTokens.delete(refreshToken);
    return userId;
  }

  clear(): void {
    this.refreshTokens.clear();
  }
}
