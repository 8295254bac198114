// Every error of the tab API as an RFC 9457 problem document; unknown errors become a bland 500.
import type { Response } from 'restify';
import type { ZodError } from 'zod';
import type { Logger } from '../logger.js';
import { problem, sendProblem } from '../server/problem.js';
import { TeamFlameError, TeamFlameRateLimitError, TeamFlameValidationError } from '../teamflame/index.js';
import { TooManySignInAttempts } from '../security/sign-in-throttle.js';
import { Unauthenticated } from './authenticate.js';
import { MembershipUnknown } from './conversation-members.js';

const STATUS_BY_CODE: Record<TeamFlameError['code'], number> = {
  auth: 401,
  forbidden: 403,
  'not-found': 404,
  'rate-limited': 429,
  unavailable: 503,
  validation: 400,
  schema: 502,
};

/** The tab asked about a conversation the bot is not installed in. */
export class NotInstalledHere extends Error {}

/** The caller is not (or cannot be shown to be) a member of the conversation they asked about. */
export class NotAMember extends Error {}

export function sendValidationProblem(res: Response, error: ZodError): void {
  const errors = error.issues.map((i) => ({ field: i.path.join('.') || 'body', message: i.message }));
  sendProblem(
    res,
    problem(400, 'Invalid request', errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors),
  );
}

export function sendErrorProblem(res: Response, error: unknown, logger: Logger): void {
  if (error instanceof Unauthenticated) {
    sendProblem(res, problem(401, 'Unauthorized', 'Sign in to TeamFlame again.'));
    return;
  }
  if (error instanceof TooManySignInAttempts) {
    res.header('retry-after', String(error.retryAfterSeconds));
    sendProblem(
      res,
      problem(
        429,
        'Too many sign-in attempts',
        `Too many sign-in attempts. Try again in ${error.retryAfterSeconds} s.`,
      ),
    );
    return;
  }
  if (error instanceof NotAMember) {
    sendProblem(
      res,
      problem(403, 'Forbidden', 'Only members of this conversation, signed in through Teams, can do this.'),
    );
    return;
  }
  if (error instanceof MembershipUnknown) {
    logger.warn(
      { reason: error.message },
      'Teams could not tell whether the caller is a conversation member',
    );
    sendProblem(
      res,
      problem(503, 'Service unavailable', 'Teams could not confirm you are in this conversation. Try again.'),
    );
    return;
  }
  if (error instanceof NotInstalledHere) {
    sendProblem(res, problem(404, 'Not found', 'Add the TeamFlame app to this conversation first.'));
    return;
  }
  if (error instanceof TeamFlameError) {
    const status = STATUS_BY_CODE[error.code];
    if (error instanceof TeamFlameRateLimitError && error.retryAfterSeconds !== undefined) {
      res.header('retry-after', String(error.retryAfterSeconds));
    }
    const detail = error instanceof TeamFlameValidationError ? error.serverMessage : error.message;
    sendProblem(
      res,
      problem(status, error.name.replace(/^TeamFlame|Error$/g, '') || 'TeamFlame error', detail),
    );
    return;
  }
  logger.error(
    {
      err:
        error instanceof Error
          ? { name: error.name, message: error.message, stack: error.stack }
          : String(error),
    },
    'tab API request failed',
  );
  sendProblem(res, problem(500, 'Internal error'));
}
