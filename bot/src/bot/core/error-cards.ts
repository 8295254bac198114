// Every TeamFlame error type, mapped once to a card a user understands.
import { TeamFlameAuthError, TeamFlameError, TeamFlameValidationError } from '../../teamflame/index.js';
import { errorCard, signInCard, type AdaptiveCardJson } from '../cards/index.js';
import type { BotTurn } from './bot-turn.js';

export interface Retry {
  verb: string;
  data: Record<string, unknown>;
}

export async function cardForError(turn: BotTurn, error: unknown, retry?: Retry): Promise<AdaptiveCardJson> {
  const { t } = turn;
  if (error instanceof TeamFlameAuthError) {
    // The stored sign-in no longer works: forget it, ask again, and finish the action afterwards.
    const account = await turn.services.accounts.forTeamsUser(turn.identity);
    if (account) await turn.services.accounts.authFailed(account);
    return signInCard(
      {
        error: t('signIn.expired'),
        resume: retry ? JSON.stringify(retry) : undefined,
        browserUrl: `${turn.services.publicUrl}/#/signin`,
      },
      t,
    );
  }
  if (error instanceof TeamFlameError) {
    const message =
      error instanceof TeamFlameValidationError
        ? t('error.validation', { detail: error.serverMessage })
        : t(`error.${error.code}`);
    const retryable = error.code === 'unavailable' || error.code === 'rate-limited';
    return errorCard(
      { message, retry: retryable && retry ? { title: t('error.tryAgain'), ...retry } : undefined },
      t,
    );
  }
  turn.services.logger.error({ err: describe(error) }, 'unexpected error in a bot turn');
  return errorCard({ message: t('error.internal') }, t);
}

function describe(error: unknown): { name: string; message: string; stack?: string } {
  return error instanceof Error
    ? { name: error.name, message: error.message, stack: error.stack }
    : { name: 'unknown', message: String(error) };
}
