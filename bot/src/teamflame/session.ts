// One user's TeamFlame credentials in use: refreshed shortly before they expire and once after a 401,
// with concurrent callers sharing a single refresh. When refreshing is refused the caller learns that the
// user must sign in again (TeamFlameAuthError 'reauth-required').
import type { Logger } from '../logger.js';
import { TeamFlameAuthError, TeamFlameError } from './errors.js';
import type { TeamFlameTokenSet } from './token-set.js';

export interface SessionHooks {
  /** Lets the data layer persist refreshed tokens. A failure here fails the call that needed the refresh. */
  onTokensRefreshed?: (tokens: TeamFlameTokenSet) => Promise<void> | void;
}

export type Refresher = (refreshToken: string) => Promise<TeamFlameTokenSet>;

/** Refresh this long before `exp`, so a token never expires in flight. */
const EXPIRY_SKEW_MS = 60_000;

/** How TeamFlame may say no to a refresh token: the user has to sign in again. */
const REFUSALS = new Set(['auth', 'validation', 'forbidden', 'not-found']);

/** An access token, and which of this session's token sets it came from. */
interface TokenInUse {
  token: string;
  /**
   * Counts refreshes. A refreshed token may be the same string as the one it replaces (TeamFlame's JWTs
   * carry whole seconds and no nonce), so "was this token replaced" is asked of the count, not the token.
   */
  generation: number;
}

export class TeamFlameSession {
  private refreshing: Promise<string> | undefined;
  private generation = 0;
  /** Set once TeamFlame refused the refresh token: asking again would only be refused again. */
  private refused = false;

  constructor(
    private tokens: TeamFlameTokenSet,
    private readonly refresher: Refresher,
    private readonly hooks: SessionHooks = {},
    private readonly logger?: Logger,
  ) {}

  get current(): TeamFlameTokenSet {
    return this.tokens;
  }

  /** Only a new sign-in helps: TeamFlame refused the refresh token, or there is none to try. */
  get needsSignIn(): boolean {
    return !this.canRefresh();
  }

  /** Refreshes now, whatever the expiry says; concurrent callers share one refresh. */
  async refreshNow(): Promise<TeamFlameTokenSet> {
    await this.refresh(this.generation);
    return this.tokens;
  }

  /** Runs a call with a valid access token; on a 401 refreshes once and replays it once. */
  async run<T>(call: (accessToken: string) => Promise<T>): Promise<T> {
    const used = await this.validAccessToken();
    try {
      return await call(used.token);
    } catch (error) {
      if (!(error instanceof TeamFlameAuthError)) throw error;
      const fresh = await this.refresh(used.generation);
      return call(fresh);
    }
  }

  private inUse(): TokenInUse {
    return { token: this.tokens.accessToken, generation: this.generation };
  }

  private async validAccessToken(): Promise<TokenInUse> {
    const now = this.inUse();
    const msLeft = this.tokens.accessExpiresAt.getTime() - Date.now();
    if (msLeft > EXPIRY_SKEW_MS) return now;
    if (msLeft <= 0) {
      await this.refresh(now.generation);
      return this.inUse();
    }
    if (!this.canRefresh()) return now;
    // Still valid for a moment: refreshing early is a courtesy, and its failure must not fail a call
    // that the current token can still make. A real 401 later decides.
    try {
      await this.refresh(now.generation);
      return this.inUse();
    } catch (error) {
      if (!(error instanceof TeamFlameError)) throw error;
      this.logger?.warn(
        { code: error.code },
        'early TeamFlame token refresh failed; using the current token',
      );
      return now;
    }
  }

  /** Single-flight: whoever comes while a refresh runs waits for it; a token already replaced is not refreshed again. */
  private refresh(staleGeneration: number): Promise<string> {
    if (this.generation !== staleGeneration) return Promise.resolve(this.tokens.accessToken);
    // `.finally` runs after the assignment even when the exchange fails at once.
    this.refreshing ??= this.exchange().finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  private async exchange(): Promise<string> {
    const refreshToken = this.tokens.refreshToken;
    if (!this.canRefresh() || !refreshToken) throw new TeamFlameAuthError('reauth-required');
    const next = await this.refresher(refreshToken).catch((error: unknown) => {
      // Transient trouble (TeamFlame down, rate limited) is reported as such; a refusal is final.
      if (!(error instanceof TeamFlameError) || !REFUSALS.has(error.code)) throw error;
      this.refused = true;
      throw new TeamFlameAuthError('reauth-required', error.status);
    });
    this.tokens = next;
    this.generation++;
    await this.hooks.onTokensRefreshed?.(next);
    return next.accessToken;
  }

  private canRefresh(): boolean {
    return Boolean(this.tokens.refreshToken) && !this.refused;
  }
}
