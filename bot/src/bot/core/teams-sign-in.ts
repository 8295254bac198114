// Signing a Teams user in with TeamFlame credentials, wherever the form was (a card or a dialog). The
// password goes to TeamFlame once and is dropped; a refusal comes back as words for the form to show.
import { errorText, failureOf } from '../../errors/index.js';
import { accountName } from '../../accounts/index.js';
import type { BotTurn } from './bot-turn.js';
import type { UserSession } from './user-session.js';

export type TeamsSignIn = { ok: true; account: UserSession; name: string } | { ok: false; reason: string };

export async function signInTeamsUser(turn: BotTurn, email: string, password: string): Promise<TeamsSignIn> {
  try {
    // The same throttle as the tab's sign-in; here the client is the Teams user who submits the form.
    const { tenantId, aadObjectId, channelUserId } = turn.identity;
    const { account } = await turn.services.accounts.signIn({
      identity: () => ({ ...turn.identity, locale: turn.activity.locale }),
      email,
      password,
      client: `teams:${tenantId}:${aadObjectId ?? channelUserId}`,
    });
    turn.sessionChanged(account);
    return { ok: true, account, name: accountName(account.user) };
  } catch (error) {
    const failure = failureOf(error);
    if (failure.unexpected) turn.services.logger.error({ err: String(error) }, 'sign-in failed');
    return { ok: false, reason: errorText(failure, turn.t).message };
  }
}
