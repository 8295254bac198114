// One user's TeamFlame credentials in use: refreshed shortly before they expire and once after a 401,
// with concurrent callers sharing a single refresh. When refreshing is refused the caller learns that the
// user must sign in again (TeamFlameAuthError 'reauth-required').
import { TeamFlameAuthError, TeamFlameError } from './errors.js';
import type { TeamFlameTokenSet } from './token-set.js';

export interface SessionHooks {
  /** Lets the data layer persist refreshed tokens. */
  onTokensRefreshed?: (tokens: TeamFlameTokenSet) => Promise<void> | void;
}

export type Refresher = (refreshToken: string) => Promise<TeamFlameTokenSet>;

/** Refresh this long before `exp`, so a token never expires in flight. */
const EXPIRY_SKEW_MS = 60_000;

export class TeamFlameSession {
  private refreshing: Promise<string> | undefined;

  constructor(
    private tokens: TeamFlameTokenSet,
    private readonly refresher: Refresher,
    private readonly hooks: SessionHooks = {},
  ) {}

  get current(): TeamFlameTokenSet {
    return this.tokens;
  }

  /** Runs a call with a valid access token; on a 401 refreshes once and replays it once. */
  async run<T>(call: (accessToken: string) => Promise<T>): Promise<T> {
    const token = await this.validAccessToken();
    try {
      return await call(token);
    } catch (error) {
      if (!(error instanceof TeamFlameAuthError)) throw error;
      const fresh = await this.refresh(token);
      return call(fresh);
    }
  }

  private async validAccessToken(): Promise<string> {
    const { accessToken, accessExpiresAt } = this.tokens;
    if (accessExpiresAt.getTime() - EXPIRY_SKEW_MS > Date.now()) return accessToken;
    return this.refresh(accessToken);
  }

  /** Single-flight: whoever comes while a refresh runs waits for it; a token already replaced is not refreshed again. */
  private refresh(staleToken: string): Promise<string> {
    if (this.tokens.accessToken !== staleToken) return Promise.resolve(this.tokens.accessToken);
    this.refreshing ??= (async () => {
      try {
        const refreshToken = this.tokens.refreshToken;
        if (!refreshToken) throw new TeamFlameAuthError('reauth-required');
        const next = await this.refresher(refreshToken).catch((error: unknown) => {
          if (error instanceof TeamFlameError && error.code !== 'auth' && error.code !== 'validation')
            throw error;
          throw new TeamFlameAuthError('reauth-required', 401);
        });
        this.tokens = next;
        await this.hooks.onTokensRefreshed?.(next);
        return next.accessToken;
      } finally {
        this.refreshing = undefined;
      }
    })();
    return this.refreshing;
  }
}
