// Browser sign-in and sign-out, and who the caller is.
import type { SignInResponse } from '@teamflame/contract';
import { accountName } from '../../accounts/index.js';
import { displayName } from '../../teamflame/index.js';
import { clientAddress } from '../client-address.js';
import type { ApiDeps } from '../deps.js';
import type { RouteHandlers } from '../router.js';

export function authRoutes(deps: ApiDeps): Pick<RouteHandlers, 'signIn' | 'signOut' | 'me'> {
  return {
    // TeamFlame credentials for a short-lived session token. The password is not kept. Every browser
    // session of an account shares one "browser" identity; each session is its own row.
    async signIn({ req, body }) {
      const { account, signedIn } = await deps.accounts.signIn({
        identity: (teamflameUser) => ({
          tenantId: 'browser',
          channelUserId: `browser:${teamflameUser.id}`,
        }),
        email: body.email,
        password: body.password,
        client: `address:${clientAddress(req)}`,
      });
      const session = await deps.sessions.issue(account.user.id);
      const answer: SignInResponse = {
        sessionToken: session.token,
        expiresAt: session.expiresAt.toISOString(),
        user: {
          id: account.user.id,
          teamflameUserId: signedIn.user.id,
          name: displayName(signedIn.user),
          email: signedIn.user.email ?? null,
        },
      };
      return answer;
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
