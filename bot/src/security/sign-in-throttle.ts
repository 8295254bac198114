// Sign-in throttling: one policy for the tab API's sign-in and the bot's sign-in card. In a 15-minute window
// at most 5 attempts per account (email) and 20 per client (the tab: the caller's address; the bot: the
// Teams user) may end other than in success. The counters live in the database (sign_in_attempts), not in
// memory, so every instance behind a load balancer counts the same attempts and a restart forgets nothing.
import { createHash } from 'node:crypto';
import type { SignInAttemptsRepository } from '../data/repositories/sign-in-attempts.js';
import { AppError } from '../errors/index.js';
import { TeamFlameAuthError } from '../teamflame/index.js';

export interface SignInLimits {
  windowSeconds: number;
  perAccount: number;
  perClient: number;
}

/** @internal Tests use it too. */
export const SIGN_IN_LIMITS: SignInLimits = { windowSeconds: 15 * 60, perAccount: 5, perClient: 20 };

export interface SignInAttempt {
  email: string;
  /** Who is trying, in a form that cannot collide across surfaces: "address:…" or "teams:…". */
  client: string;
}

/**
 * Refused before TeamFlame was asked.
 * @internal Tests use it too.
 */
export class TooManySignInAttempts extends AppError {
  declare readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds: number) {
    super('too-many-sign-in-attempts', { params: { seconds: retryAfterSeconds }, retryAfterSeconds });
  }
}

export class SignInThrottle {
  constructor(
    private readonly attempts: SignInAttemptsRepository,
    private readonly limits: SignInLimits = SIGN_IN_LIMITS,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * Runs `signIn` unless the account or the client is over its limit (then throws TooManySignInAttempts
   * without calling it). A wrong password stays counted; a success clears the account's count; an error that
   * says nothing about the password (TeamFlame unavailable, say) is not held against anyone.
   */
  async run<T>(attempt: SignInAttempt, signIn: () => Promise<T>): Promise<T> {
    const keys = {
      account: keyOf('account', normalizedEmail(attempt.email)),
      client: keyOf('client', attempt.client),
    };
    await this.admit(keys);
    let result: T;
    try {
      result = await signIn();
    } catch (error) {
      if (!(error instanceof TeamFlameAuthError)) await this.uncount(keys);
      throw error;
    }
    await this.attempts.reset(keys.account);
    await this.attempts.uncount(keys.client);
    return result;
  }

  /**
   * Counts the attempt before it is tried: concurrent attempts each get their own count, so a burst cannot
   * slip under the limit together. An attempt refused here is taken back out of the counts.
   */
  private async admit(keys: { account: string; client: string }): Promise<void> {
    const now = this.now();
    const { windowSeconds } = this.limits;
    await this.attempts.prune(new Date(now.getTime() - windowSeconds * 1000));
    const account = await this.attempts.count(keys.account, windowSeconds, now);
    const client = await this.attempts.count(keys.client, windowSeconds, now);
    const blocking = [
      ...(account.attempts > this.limits.perAccount ? [account] : []),
      ...(client.attempts > this.limits.perClient ? [client] : []),
    ];
    if (blocking.length === 0) return;
    await this.uncount(keys);
    const windowEnds = Math.max(...blocking.map((w) => w.windowStartedAt.getTime() + windowSeconds * 1000));
    throw new TooManySignInAttempts(Math.max(1, Math.ceil((windowEnds - now.getTime()) / 1000)));
  }

  private async uncount(keys: { account: string; client: string }): Promise<void> {
    await this.attempts.uncount(keys.account);
    await this.attempts.uncount(keys.client);
  }
}

function normalizedEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Hashed: the table needs to tell keys apart, not to hold the emails and addresses people typed from. */
function keyOf(kind: 'account' | 'client', value: string): string {
  return createHash('sha256').update(`${kind}:${value}`).digest('hex');
}
