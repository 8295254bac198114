// The session's refresh rules with a scripted refresher: what is shared, what is final, what is retried.
import { describe, expect, it } from 'vitest';
import { TeamFlameAuthError, TeamFlameUnavailableError } from './errors.js';
import { TeamFlameSession } from './session.js';
import type { TeamFlameTokenSet } from './token-set.js';

const inAnHour = () => new Date(Date.now() + 3_600_000);
const tokens = (accessToken: string, expiresAt = inAnHour()): TeamFlameTokenSet => ({
  accessToken,
  refreshToken: `refresh-of-${accessToken}`,
  accessExpiresAt: expiresAt,
});

describe('TeamFlame session', () => {
  it('replays a call once after a 401 and gives up when the fresh token meets a 401 too', async () => {
    let refreshes = 0;
    const session = new TeamFlameSession(tokens('a'), async () => tokens(`a${++refreshes}`));
    const used: string[] = [];
    const error = await session
      .run(async (token) => {
        used.push(token);
        throw new TeamFlameAuthError('reauth-required', 401);
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TeamFlameAuthError);
    expect(used).toEqual(['a', 'a1']);
    expect(refreshes).toBe(1);
  });

  it('reports a transient refresh failure as such, and tries again on the next call', async () => {
    let attempt = 0;
    const session = new TeamFlameSession(tokens('old', new Date(Date.now() - 1)), async () => {
      if (++attempt === 1) throw new TeamFlameUnavailableError('network');
      return tokens('new');
    });
    await expect(session.run(async (t) => t)).rejects.toBeInstanceOf(TeamFlameUnavailableError);
    expect(await session.run(async (t) => t)).toBe('new');
  });

  it('fails the call when persisting refreshed tokens fails, keeping the new tokens in memory', async () => {
    const session = new TeamFlameSession(tokens('old', new Date(Date.now() - 1)), async () => tokens('new'), {
      onTokensRefreshed: () => {
        throw new Error('database down');
      },
    });
    await expect(session.run(async (t) => t)).rejects.toThrow('database down');
    expect(session.current.accessToken).toBe('new');
    expect(await session.run(async (t) => t)).toBe('new');
  });

  it('does not refresh again for a call that met its 401 after a refresh gave back the same token', async () => {
    // TeamFlame's access tokens hold whole seconds and no nonce: issued in the same second, a refreshed
    // token can be the very string it replaces. A call sent before the refresh and refused after it must
    // still see that its token was replaced, and replay instead of spending the new refresh token.
    let refreshes = 0;
    let refreshed: () => void = () => undefined;
    const afterRefresh = new Promise<void>((resolve) => (refreshed = resolve));
    const session = new TeamFlameSession(
      tokens('same'),
      async () => ({ ...tokens('same'), refreshToken: `refresh-${++refreshes}` }),
      { onTokensRefreshed: () => refreshed() },
    );
    let slowAttempts = 0;
    const slow = session.run(async (token) => {
      if (slowAttempts++ > 0) return token;
      await afterRefresh;
      await new Promise((resolve) => setTimeout(resolve, 0)); // the refresh is over, not just under way
      throw new TeamFlameAuthError('reauth-required', 401);
    });
    let fastAttempts = 0;
    const fast = session.run(async (token) => {
      if (fastAttempts++ > 0) return token;
      throw new TeamFlameAuthError('reauth-required', 401);
    });
    expect(await Promise.all([slow, fast])).toEqual(['same', 'same']);
    expect(refreshes).toBe(1);
    expect(session.current.refreshToken).toBe('refresh-1');
  });

  it('does not stick on a refresh that fails before its first await', async () => {
    let attempt = 0;
    const session = new TeamFlameSession(tokens('old', new Date(Date.now() - 1)), () => {
      if (++attempt === 1) throw new TeamFlameUnavailableError('network');
      return Promise.resolve(tokens('new'));
    });
    await expect(session.run(async (t) => t)).rejects.toBeInstanceOf(TeamFlameUnavailableError);
    expect(await session.run(async (t) => t)).toBe('new');
  });
});
