// TeamFlame's access token is a JWT whose `exp` tells when it expires. We read it, never verify it:
// the signature is TeamFlame's business, and an unreadable token simply counts as expiring now.
export function jwtExpiry(token: string, fallbackSeconds?: number | null): Date {
  const payload = token.split('.')[1];
  if (payload) {
    try {
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { exp?: unknown };
      if (typeof claims.exp === 'number') return new Date(claims.exp * 1000);
    } catch {
      // not a JWT: fall through
    }
  }
  return new Date(Date.now() + (fallbackSeconds ?? 0) * 1000);
}
