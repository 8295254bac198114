// Sign-in (browser, or inside Teams linking the Teams identity), sign-out, who the caller is, and the
// settings of Teams SSO's consent pop-up.
import type { SignInResponse } from '@teamflame/contract';
import { accountName, tabLinkedChannelUserId } from '../../accounts/index.js';
import { displayName } from '../../teamflame/index.js';
import { AppError } from '../../errors/index.js';
import { Unauthenticated } from '../authenticate.js';
import { clientAddress } from '../client-address.js';
import type { ApiDeps } from '../deps.js';
import type { RouteHandlers } from '../router.js';

export function authRoutes(deps: ApiDeps): Pick<RouteHandlers, 'signIn' | 'ssoSettings' | 'signOut' | 'me'> {
  return {
    // TeamFlame credentials for a short-lived session token. The password is not kept. Every browser
    // session of an account shares one "browser" identity; each session is its own row. Inside Teams the tab
    // sends its SSO token along: the sign-in then links that Teams identity, as a sign-in in the bot does
    // (keyed by the AAD object id until the bot meets the person and learns their channel id), and opens no
    // browser session: SSO alone signs them in from now on.
    //
    // From the message extension's sign-in pop-up the ticket names the Teams user (with the channel id the
    // bot knows them by): the sign-in links exactly that identity, and Teams then repeats what they asked.
    async signIn({ req, body }) {
      const teams = body.teamsToken === undefined ? undefined : await deps.sso.identify(body.teamsToken);
      if (body.teamsToken !== undefined && !teams) throw new Unauthenticated('teams token refused');
      const ticketed = body.teamsTicket === undefined ? undefined : await deps.tickets.open(body.teamsTicket);
      if (body.teamsTicket !== undefined && !ticketed)
        throw new AppError('sign-in-link-expired', { reason: 'sign-in ticket refused' });
      const { account, signedIn } = await deps.accounts.signIn({
        identity: (teamflameUser) =>
          ticketed
            ? ticketed
            : teams
              ? { ...teams, channelUserId: tabLinkedChannelUserId(teams.aadObjectId) }
              : { tenantId: 'browser', channelUserId: `browser:${teamflameUser.id}` },
        email: body.email,
        password: body.password,
        client: `address:${clientAddress(req)}`,
      });
      const user = {
        id: account.user.id,
        teamflameUserId: signedIn.user.id,
        name: displayName(signedIn.user),
        email: signedIn.user.email ?? null,
      };
      if (teams || ticketed) return { user } satisfies SignInResponse;
      const session = await deps.sessions.issue(account.user.id);
      return {
        sessionToken: session.token,
        expiresAt: session.expiresAt.toISOString(),
        user,
      } satisfies SignInResponse;
    },

    async ssoSettings() {
      return deps.sso.settings();
    },

    // A browser session ends for good: its token is refused even after the account signs in again. Inside
    // Teams (SSO) the tab is the Teams user, who signs out as in chat.
    async signOut({ user }) {
      if (user.identity.kind === 'browser')
        await deps.accounts.endTabSession(user.user, user.identity.sessionId);
      else await deps.accounts.signOut(user.user);
      return undefined;
    },

    async me({ user }) {
      return {
        id: user.user.id,
        teamflameUserId: user.user.teamflameUserId,
        name: accountName(user.user),
        email: user.user.teamflameEmail,
      };
    },
  };
}
