// One live TeamFlame session per TeamFlame account in this process. Every request, turn and poll of one
// account shares it, so when its access token expires, concurrent callers share one refresh (TeamFlame's
// refresh tokens are single use: two refreshes racing would sign the loser out).
import type { Logger } from '../logger.js';
import type { TeamFlameClient, TeamFlameClientFactory, TeamFlameTokenSet } from '../teamflame/index.js';

export class LiveSessions {
  private readonly live = new Map<string, TeamFlameClient>();

  constructor(
    private readonly teamflame: TeamFlameClientFactory,
    /** Persists tokens a session refreshed, so other instances and restarts use them. */
    private readonly saveTokens: (teamflameUserId: string, tokens: TeamFlameTokenSet) => Promise<void>,
    private readonly logger: Logger,
  ) {}

  /**
   * The account's live client, given the tokens stored for it now. The stored tokens replace the live ones
   * only when they are newer (a new sign-in, or a refresh by another instance): while this process's own
   * refresh is being saved, the store still holds the older tokens, which must not win.
   */
  clientFor(teamflameUserId: string, stored: TeamFlameTokenSet): TeamFlameClient {
    const current = this.live.get(teamflameUserId);
    if (current && !isNewer(stored, current.session.current)) return current;
    const client = this.teamflame.forSession(stored, {
      onTokensRefreshed: (fresh) => this.saveTokens(teamflameUserId, fresh),
    });
    this.live.set(teamflameUserId, client);
    if (current)
      this.logger.debug({ teamflameUserId }, 'newer stored TeamFlame tokens replace the live session');
    return client;
  }

  /** The account signed out everywhere, or its sign-in lapsed: the next use starts from the store. */
  forget(teamflameUserId: string): void {
    this.live.delete(teamflameUserId);
  }
}

function isNewer(stored: TeamFlameTokenSet, live: TeamFlameTokenSet): boolean {
  if (stored.accessToken === live.accessToken) return false;
  return stored.accessExpiresAt.getTime() >= live.accessExpiresAt.getTime();
}
