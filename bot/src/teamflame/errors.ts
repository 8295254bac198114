// The TeamFlame boundary's errors. Each has a stable code, mapped once to the error catalog (src/errors/),
// which says what users read; the English message is for logs. None carries a request, a header or a token.
export type TeamFlameErrorCode =
  'auth' | 'forbidden' | 'not-found' | 'rate-limited' | 'unavailable' | 'validation' | 'schema';

export abstract class TeamFlameError extends Error {
  abstract readonly code: TeamFlameErrorCode;
  /** HTTP status TeamFlame answered, when it answered. */
  readonly status?: number;

  constructor(message: string, status?: number) {
    super(message);
    this.name = new.target.name;
    this.status = status;
  }
}

export class TeamFlameAuthError extends TeamFlameError {
  readonly code = 'auth';
  constructor(
    /** `credentials`: wrong email or password; `reauth-required`: the stored sign-in no longer works. */
    readonly reason: 'credentials' | 'reauth-required',
    status?: number,
  ) {
    super(
      reason === 'credentials'
        ? 'TeamFlame did not accept this email and password.'
        : 'Your TeamFlame sign-in has expired. Please sign in again.',
      status,
    );
  }
}

export class TeamFlameForbiddenError extends TeamFlameError {
  readonly code = 'forbidden';
  constructor(status = 403) {
    super('You do not have access to this in TeamFlame.', status);
  }
}

export class TeamFlameNotFoundError extends TeamFlameError {
  readonly code = 'not-found';
  constructor(status = 404) {
    super('This no longer exists in TeamFlame, or you cannot see it.', status);
  }
}

export class TeamFlameRateLimitError extends TeamFlameError {
  readonly code = 'rate-limited';
  constructor(readonly retryAfterSeconds: number | undefined) {
    super('TeamFlame is receiving too many requests. Please try again in a moment.', 429);
  }
}

export class TeamFlameUnavailableError extends TeamFlameError {
  readonly code = 'unavailable';
  constructor(
    /** `too-large`: the answer (or our request) was over the size this app handles. */
    readonly kind: 'timeout' | 'network' | 'server' | 'too-large',
    status?: number,
  ) {
    super(
      kind === 'too-large'
        ? 'TeamFlame sent more data than this app can handle at once.'
        : 'TeamFlame is not answering right now. Please try again later.',
      status,
    );
  }
}

export class TeamFlameValidationError extends TeamFlameError {
  readonly code = 'validation';
  constructor(
    /** What TeamFlame said was wrong, as it said it. */
    readonly serverMessage: string,
    status = 400,
  ) {
    super(`TeamFlame refused this: ${serverMessage}`, status);
  }
}

export class TeamFlameSchemaError extends TeamFlameError {
  readonly code = 'schema';
  constructor(
    /** Path of the missing or malformed field, starting with the answer's name: `tasks[3].columnId`. */
    readonly field: string,
    /** The answer that did not fit, e.g. `tasks`. */
    readonly what: string,
  ) {
    super(`TeamFlame sent an answer this app does not understand (${field} is missing or malformed).`);
  }
}
