// The sign-in throttle on a real database: limits per account and per client, the window, what counts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testEngines, type TestDatabase } from '../test-support/databases.js';
import { TeamFlameAuthError, TeamFlameUnavailableError } from '../teamflame/index.js';
import { SIGN_IN_LIMITS, SignInThrottle, TooManySignInAttempts } from './sign-in-throttle.js';

describe.each(testEngines())('sign-in throttle on %s', (engine) => {
  let t: TestDatabase;
  let clock = new Date('2031-03-01T10:00:00Z');
  let throttle: SignInThrottle;
  beforeAll(async () => {
    t = await openTestDatabase(engine);
    throttle = new SignInThrottle(t.database.signInAttempts, SIGN_IN_LIMITS, () => clock);
  });
  afterAll(() => t?.dispose());

  const advance = (seconds: number) => (clock = new Date(clock.getTime() + seconds * 1000));
  let calls = 0;
  const wrong = () => {
    calls += 1;
    return Promise.reject(new TeamFlameAuthError('credentials', 401));
  };
  const right = () => {
    calls += 1;
    return Promise.resolve('signed in');
  };
  /** The outcome of one attempt: what TeamFlame said, or the throttle's refusal with its wait. */
  const attempt = async (email: string, client: string, signIn: () => Promise<string>) => {
    try {
      return await throttle.run({ email, client }, signIn);
    } catch (error) {
      if (error instanceof TooManySignInAttempts) return `throttled ${error.retryAfterSeconds}`;
      if (error instanceof TeamFlameAuthError) return 'wrong';
      if (error instanceof TeamFlameUnavailableError) return 'unavailable';
      throw error;
    }
  };

  it('allows 5 wrong passwords per account in 15 minutes, then refuses without asking TeamFlame, also the right one', async () => {
    const outcomes: string[] = [];
    for (let i = 0; i < 5; i++) {
      outcomes.push(await attempt('Anna@Example.com', `address:10.0.0.${i}`, wrong));
      advance(10);
    }
    expect(outcomes).toEqual(Array(5).fill('wrong'));
    calls = 0;
    // The account is the same whatever the case and spacing of the email; the window started 50 s ago.
    expect(await attempt(' anna@example.COM ', 'address:10.0.1.1', wrong)).toBe('throttled 850');
    expect(await attempt('anna@example.com', 'address:10.0.1.2', right)).toBe('throttled 850');
    expect(calls).toBe(0);
    advance(850);
    expect(await attempt('anna@example.com', 'address:10.0.1.2', right)).toBe('signed in');
  });

  it('clears an account count on success, so only failures in a row add up', async () => {
    for (let i = 0; i < 4; i++) expect(await attempt('bob@example.com', 'teams:t:bob', wrong)).toBe('wrong');
    expect(await attempt('bob@example.com', 'teams:t:bob', right)).toBe('signed in');
    for (let i = 0; i < 5; i++) expect(await attempt('bob@example.com', 'teams:t:bob', wrong)).toBe('wrong');
    expect(await attempt('bob@example.com', 'teams:t:bob', right)).toMatch(/^throttled \d+$/);
  });

  it('allows 20 failed attempts per client across accounts, then refuses that client only', async () => {
    for (let i = 0; i < 20; i++) {
      expect(await attempt(`spray${i % 5}@example.com`, 'address:203.0.113.9', wrong)).toBe('wrong');
    }
    expect(await attempt('fresh@example.com', 'address:203.0.113.9', right)).toMatch(/^throttled \d+$/);
    expect(await attempt('fresh@example.com', 'address:203.0.113.10', right)).toBe('signed in');
  });

  it('lets no burst of concurrent attempts past the limit', async () => {
    calls = 0;
    const outcomes = await Promise.all(
      Array.from({ length: 30 }, (_, i) => attempt('burst@example.com', `address:198.51.100.${i}`, wrong)),
    );
    expect(outcomes.filter((o) => o === 'wrong')).toHaveLength(5);
    expect(outcomes.filter((o) => o.startsWith('throttled'))).toHaveLength(25);
    expect(calls).toBe(5);
  });

  it('holds an unavailable TeamFlame against nobody', async () => {
    const unavailable = () => Promise.reject(new TeamFlameUnavailableError('server', 503));
    for (let i = 0; i < 10; i++) {
      expect(await attempt('carol@example.com', 'address:192.0.2.1', unavailable)).toBe('unavailable');
    }
    expect(await attempt('carol@example.com', 'address:192.0.2.1', wrong)).toBe('wrong');
  });

  it('keeps no email or address in the table', async () => {
    const rows = (await t.database.dataSource.query(`SELECT key FROM sign_in_attempts`)) as { key: string }[];
    expect(rows.length).toBeGreaterThan(0);
    for (const { key } of rows) expect(key).toMatch(/^[0-9a-f]{64}$/);
  });
});
