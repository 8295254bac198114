// A failed turn's answer. The words come from the error catalog through the card layer's one error card;
// what is decided here is what the turn does about it: an expired sign-in forgets the stored tokens and
// asks again (finishing the action afterwards), and a bug is logged.
import { errorText, failureOf } from '../../errors/index.js';
import { errorCard, signInCard, type AdaptiveCardJson } from '../cards/index.js';
import type { BotTurn } from './bot-turn.js';

export interface Retry {
  verb: string;
  data: Record<string, unknown>;
}

export async function failureCard(turn: BotTurn, error: unknown, retry?: Retry): Promise<AdaptiveCardJson> {
  const { t } = turn;
  const failure = failureOf(error);
  if (failure.code === 'sign-in-expired') {
    const account = await turn.session();
    if (account) await turn.services.accounts.authFailed(account);
    return signInCard(
      {
        error: errorText(failure, t).message,
        resume: retry ? JSON.stringify(retry) : undefined,
        browserUrl: `${turn.services.publicUrl}/#/signin`,
      },
      t,
    );
  }
  if (failure.unexpected)
    turn.services.logger.error({ err: describe(error) }, 'unexpected error in a bot turn');
  return errorCard(failure, t, { retry });
}

function describe(error: unknown): { name: string; message: string; stack?: string } {
  return error instanceof Error
    ? { name: error.name, message: error.message, stack: error.stack }
    : { name: 'unknown', message: String(error) };
}
