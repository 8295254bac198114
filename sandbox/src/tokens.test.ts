import { describe, expect, it } from 'vitest';
import { TokenIssuer } from './tokens.js';

const user = { id: '65f000000000000000000001', email: 'demo@teamflame.local' };

describe('TokenIssuer', () => {
  it('accepts its own token until exp, then names the user but refuses it', () => {
    const issuer = new TokenIssuer(60);
    const { accessToken } = issuer.issue(user);
    const fresh = issuer.check(accessToken.token);
    expect(fresh).toMatchObject({ valid: true, claims: { userId: user.id, email: user.email } });
    const exp = fresh.claims!.exp;
    expect(exp - fresh.claims!.iat).toBe(60);
    expect(exp * 1000).toBeGreaterThanOrEqual(Date.now() + 59_000); // at least the full lifetime
    expect(issuer.check(accessToken.token, exp * 1000 - 1).valid).toBe(true);
    expect(issuer.check(accessToken.token, exp * 1000)).toEqual({ valid: false, claims: fresh.claims });
  });

  it('refuses tampered, truncated and foreign tokens without claims', () => {
    const issuer = new TokenIssuer(60);
    const token = issuer.issue(user).accessToken.token;
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const forged = Buffer.from(JSON.stringify({ email: 'x@y', userId: 'x', iat: 1, exp: 9e9 })).toString(
      'base64url',
    );
    for (const bad of [
      `${header}.${forged}.${signature}`,
      `${header}.${payload}`,
      `${token}.extra`,
      new TokenIssuer(60).issue(user).accessToken.token,
    ]) {
      expect(issuer.check(bad)).toEqual({ valid: false });
    }
  });

  it('redeems a refresh token once, and not after clear()', () => {
    const issuer = new TokenIssuer(60);
    const first = issuer.issue(user).refreshToken.token;
    expect(issuer.redeem(first)).toBe(user.id);
    expect(issuer.redeem(first)).toBeUndefined();
    const second = issuer.issue(user).refreshToken.token;
    issuer.clear();
    expect(issuer.redeem(second)).toBeUndefined();
  });
});
