// JWT-shaped HS256 access tokens with { email, userId, iat, exp }, like TeamFlame's, and opaque refresh tokens.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

const b64url = (input: Buffer | string) => Buffer.from(input).toString('base64url');
const HEADER = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));

interface AccessClaims {
  email: string;
  userId: string;
  iat: number;
  exp: number;
}

/** The sign-in / refresh answer's `tokens` member. */
export interface TokenPair {
  accessToken: { token: string; expiresIn: number };
  refreshToken: { token: string };
}

export type TokenCheck = { valid: true; claims: AccessClaims } | { valid: false; claims?: AccessClaims };

export class TokenIssuer {
  /** Per sandbox instance: a restarted sandbox refuses old tokens, as a revoked session would. */
  private readonly secret = randomBytes(32);
  private readonly refreshTokens = new Map<string, string>(); // refresh token -> userId

  constructor(private readonly ttlSeconds: number) {}

  issue(user: { id: string; email: string }): TokenPair {
    // Rounded up, so a token lives at least ttlSeconds (up to one second more): with a 1 s TTL in tests a
    // token issued at x.999 s must not expire a millisecond later.
    const iat = Math.ceil(Date.now() / 1000);
    const claims: AccessClaims = { email: user.email, userId: user.id, iat, exp: iat + this.ttlSeconds };
    const unsigned = `${HEADER}.${b64url(JSON.stringify(claims))}`;
    const refreshToken = randomBytes(24).toString('base64url');
    this.refreshTokens.set(refreshToken, user.id);
    return {
      accessToken: {
        token: `${unsigned}.${this.sign(unsigned).toString('base64url')}`,
        expiresIn: this.ttlSeconds,
      },
      refreshToken: { token: refreshToken },
    };
  }

  /**
   * Checks an access token. An expired token with a good signature still names its user (claims), so the
   * request log can say whose token it was; only `valid` grants access.
   */
  check(token: string, nowMs = Date.now()): TokenCheck {
    const [header, payload, signature, extra] = token.split('.');
    if (!header || !payload || !signature || extra !== undefined) return { valid: false };
    const expected = this.sign(`${header}.${payload}`);
    const given = Buffer.from(signature, 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { valid: false };
    const claims = parseClaims(payload);
    if (!claims) return { valid: false };
    return claims.exp > nowMs / 1000 ? { valid: true, claims } : { valid: false, claims };
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

  private sign(unsigned: string): Buffer {
    return createHmac('sha256', this.secret).update(unsigned).digest();
  }
}

function parseClaims(payload: string): AccessClaims | undefined {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return undefined; // signed by us, so unreachable unless the secret leaked; treated as invalid
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { email, userId, iat, exp } = value as Record<string, unknown>;
  if (typeof email !== 'string' || typeof userId !== 'string') return undefined;
  if (typeof iat !== 'number' || typeof exp !== 'number') return undefined;
  return { email, userId, iat, exp };
}
