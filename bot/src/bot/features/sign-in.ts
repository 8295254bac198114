// Sign-in with a masked password input in an Action.Execute; the password goes to TeamFlame once and is
// dropped. On success the card is replaced in place, and what the user was doing is finished.
import { signedInCard, signedOutCard, signInCard, signInPromptCard } from '../cards/index.js';
import type { ActionDispatcher } from '../core/action-dispatcher.js';
import type { BotTurn } from '../core/bot-turn.js';
import type { BotRegistry } from '../core/registry.js';
import { signInTeamsUser } from '../core/teams-sign-in.js';

function browserUrl(turn: BotTurn): string {
  return `${turn.services.publicUrl}/#/signin`;
}

async function signOut(turn: BotTurn): Promise<void> {
  await turn.services.accounts.signOutTeamsUser(turn.identity);
  turn.sessionChanged(undefined);
}

export function registerSignIn(registry: BotRegistry, dispatcher: ActionDispatcher): void {
  registry
    .publicAction('signIn.start', async (turn, data) => ({
      card: signInCard({ resume: data.resume, browserUrl: browserUrl(turn) }, turn.t),
    }))
    .publicAction('signIn', async (turn, data) => {
      const { t } = turn;
      const email = data.email?.trim() ?? '';
      const password = data.password ?? '';
      if (!email || !password) {
        return {
          card: signInCard(
            { email, error: t('signIn.missingFields'), resume: data.resume, browserUrl: browserUrl(turn) },
            t,
          ),
        };
      }
      const signedIn = await signInTeamsUser(turn, email, password);
      if (!signedIn.ok) {
        return {
          card: signInCard(
            { email, error: signedIn.reason, resume: data.resume, browserUrl: browserUrl(turn) },
            t,
          ),
        };
      }
      const resumed = parseResume(data.resume);
      if (resumed && resumed.verb !== 'signIn' && resumed.verb !== 'signIn.start') {
        const answer = await dispatcher.dispatch(turn, resumed.verb, resumed.data, signedIn.account);
        // What was resumed sent its card as a message of its own: this one says who signed in, rather
        // than keep the form.
        if (!('note' in answer)) return answer;
      }
      return { card: signedInCard({ name: signedIn.name }, t) };
    })
    .publicAction('signOut', async (turn) => {
      await signOut(turn);
      return { card: signedOutCard(turn.t) };
    })
    .publicCommand('signIn', async (turn) => {
      // In shared conversations the form is only shown in the invoke answer to the person who asks.
      await turn.sendCard(
        turn.inSharedConversation
          ? signInPromptCard(turn.t)
          : signInCard({ browserUrl: browserUrl(turn) }, turn.t),
      );
    })
    .publicCommand('signOut', async (turn) => {
      await signOut(turn);
      await turn.sendCard(signedOutCard(turn.t));
    });
}

function parseResume(resume: string | undefined): { verb: string; data: unknown } | undefined {
  if (!resume) return undefined;
  try {
    const value = JSON.parse(resume) as { verb?: unknown; data?: unknown };
    return typeof value.verb === 'string' ? { verb: value.verb, data: value.data ?? {} } : undefined;
  } catch {
    return undefined; // SyntaxError: a resume that is not ours; signing in still works, nothing is resumed
  }
}
