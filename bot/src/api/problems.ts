// Every error of the tab API as an RFC 9457 problem document with its catalog code; unknown errors are a
// logged, bland 500.
import type { Response } from 'restify';
import type { ZodError } from 'zod';
import { AppError, ERROR_CATALOG, failureOf } from '../errors/index.js';
import type { Logger } from '../logger.js';
import { problem, sendProblem } from '../server/problem.js';

/** The tab asked about a conversation the bot is not installed in. */
export class NotInstalledHere extends AppError {
  constructor() {
    super('not-installed');
  }
}

/** The caller is not (or cannot be shown to be) a member of the conversation they asked about. */
export class NotAMember extends AppError {
  constructor() {
    super('not-a-member');
  }
}

export function sendValidationProblem(res: Response, error: ZodError): void {
  const errors = error.issues.map((i) => ({ field: i.path.join('.') || 'body', message: i.message }));
  sendProblem(res, problem({ code: 'invalid-request' }, { errors }));
}

export function sendErrorProblem(res: Response, error: unknown, logger: Logger): void {
  const failure = failureOf(error);
  if (failure.unexpected) {
    logger.error(
      {
        err:
          error instanceof Error
            ? { name: error.name, message: error.message, stack: error.stack }
            : String(error),
      },
      'tab API request failed',
    );
  } else if (error instanceof AppError && ERROR_CATALOG[failure.code].status >= 500) {
    // Our side could not answer (e.g. Teams could not say who is a member): worth a line, with the reason.
    logger.warn({ code: failure.code, reason: error.message }, 'tab API request could not be answered');
  }
  if (failure.retryAfterSeconds !== undefined) res.header('retry-after', String(failure.retryAfterSeconds));
  sendProblem(res, problem(failure));
}
