// Signing in and out, and "a TeamFlame client for this person": the one place the bot's turns, the tab's
// API and the notifier get them from.
//
// Sign-out signs out the place where it was done, durably: a Teams user signed out in chat stays signed out
// when the same TeamFlame account signs in to the tab in a browser, and a browser session ended in the tab
// leaves the chat signed in. TeamFlame tokens belong to the account and are shared by every place signed in
// to it; they are deleted when the last such place signs out.
import type { Database, LinkUserInput, TeamsUserKey, UserRow } from '../data/index.js';
import type { Logger } from '../logger.js';
import { SignInThrottle } from '../security/sign-in-throttle.js';
import {
  displayName,
  type SignedIn,
  type TeamFlameClient,
  type TeamFlameClientFactory,
  type TeamFlameTokenSet,
  type User,
} from '../teamflame/index.js';
import { LiveSessions } from './live-sessions.js';

/** A signed-in person and a TeamFlame client acting as them. */
export interface Account {
  user: UserRow;
  client: TeamFlameClient;
}

/**
 * What the app calls the person signed in to this account: the account's name in TeamFlame (never the
 * Teams name, which may be someone else's choice), or its email until the next sign-in stores the name.
 */
export function accountName(user: UserRow): string {
  return user.teamflameName ?? user.teamflameEmail ?? '';
}

/**
 * The channel id of a Teams identity linked by a sign-in in the tab (SSO names the AAD object id, not the
 * bot's channel id) until the bot meets the person.
 */
export const tabLinkedChannelUserId = (aadObjectId: string): string => `aad:${aadObjectId}`;

export interface SignInRequest {
  /** Where they sign in: a Teams identity, or the tab's browser identity (named after the account). */
  identity: (account: User) => Omit<LinkUserInput, 'teamflameUserId' | 'teamflameEmail' | 'teamflameName'>;
  email: string;
  password: string;
  /** Who is trying, for throttling: "teams:…" or "address:…". */
  client: string;
}

export class Accounts {
  private readonly sessions: LiveSessions;
  private readonly throttle: SignInThrottle;

  constructor(
    private readonly db: Database,
    private readonly teamflame: TeamFlameClientFactory,
    private readonly logger: Logger,
  ) {
    this.sessions = new LiveSessions(teamflame, (id, tokens) => db.tokens.save(id, tokens), logger);
    this.throttle = new SignInThrottle(db.signInAttempts);
  }

  /**
   * Exchanges the password for TeamFlame tokens (throttled per account and per client), then links the
   * identity and stores the tokens in one transaction. The password is dropped here.
   */
  async signIn(request: SignInRequest): Promise<{ account: Account; signedIn: SignedIn }> {
    const { email, password } = request;
    const signedIn = await this.throttle.run({ email, client: request.client }, () =>
      this.teamflame.signIn(email, password),
    );
    const user = await this.db.recordSignIn(
      {
        ...request.identity(signedIn.user),
        teamflameUserId: signedIn.user.id,
        teamflameEmail: signedIn.user.email ?? email,
        teamflameName: displayName(signedIn.user),
      },
      signedIn.tokens,
    );
    this.logger.info({ userId: user.id }, 'signed in to TeamFlame');
    return { account: { user, client: this.clientFor(user.teamflameUserId, signedIn.tokens) }, signedIn };
  }

  /** This Teams user signs out; false when they were not signed in. */
  async signOutTeamsUser(key: TeamsUserKey): Promise<boolean> {
    const user = await this.db.users.findByTeams(key);
    if (!user || user.signedOutAt) return false;
    await this.signOut(user);
    return true;
  }

  /** One browser session of the tab ends; its token is refused from now on. */
  async endTabSession(user: UserRow, sessionId: string): Promise<void> {
    const stillOpen = await this.db.transaction(async (tx) => {
      await tx.tabSessions.revoke(sessionId);
      return tx.tabSessions.anyActiveFor(user.id);
    });
    if (!stillOpen) await this.signOut(user);
  }

  /** The Teams user as a signed-in account, or undefined: never linked, signed out, or no tokens. */
  async forTeamsUser(key: TeamsUserKey): Promise<Account | undefined> {
    // One query for the user and the account's tokens: every bot turn starts here.
    const found = await this.db.users.findByTeamsWithTokens(key);
    if (!found || found.user.signedOutAt || !found.tokens) return undefined;
    const tokens = this.db.tokens.opened(found.tokens);
    if (!tokens) return undefined;
    const { user } = found;
    // Linked by a sign-in in the tab, the row knows the person by AAD id only; the bot now meets them and
    // learns their channel id (which personal notifications are sent by). Once per person.
    const learnsChannel =
      user.channelUserId === tabLinkedChannelUserId(user.aadObjectId ?? '') &&
      key.aadObjectId === user.aadObjectId;
    const known = learnsChannel
      ? await this.db.users.link({
          tenantId: key.tenantId,
          channelUserId: key.channelUserId,
          aadObjectId: key.aadObjectId,
          teamflameUserId: user.teamflameUserId,
          teamflameEmail: user.teamflameEmail,
          ...(user.teamflameName ? { teamflameName: user.teamflameName } : {}),
        })
      : user;
    return { user: known, client: this.clientFor(known.teamflameUserId, tokens) };
  }

  async forUser(user: UserRow): Promise<Account | undefined> {
    if (user.signedOutAt) return undefined;
    const tokens = await this.db.tokens.get(user.teamflameUserId);
    return tokens ? { user, client: this.clientFor(user.teamflameUserId, tokens) } : undefined;
  }

  /**
   * A call as this account failed with TeamFlameAuthError. `blip`: the refresh worked (or was not needed)
   * and TeamFlame still said 401 once: nothing is dropped, the next try may work. Otherwise TeamFlame
   * refused the sign-in: its tokens are dropped (`lapsed`), unless another session has meanwhile stored
   * newer ones (`renewed`: try again with those).
   */
  async authFailed(account: Account): Promise<'blip' | 'lapsed' | 'renewed'> {
    const { session } = account.client;
    if (!session.needsSignIn) return 'blip';
    const gone = await this.db.tokens.deleteIfStill(account.user.teamflameUserId, session.current);
    this.sessions.forget(account.user.teamflameUserId);
    return gone ? 'lapsed' : 'renewed';
  }

  private clientFor(teamflameUserId: string, tokens: TeamFlameTokenSet): TeamFlameClient {
    return this.sessions.clientFor(teamflameUserId, tokens);
  }

  /** Marks the place signed out; the account's tokens go when no place is signed in to it any more. */
  async signOut(user: UserRow): Promise<void> {
    const tokensDropped = await this.db.signOut(user.id);
    if (tokensDropped) this.sessions.forget(user.teamflameUserId);
    this.logger.info({ userId: user.id, tokensDropped }, 'signed out of TeamFlame');
  }
}
