// Our own failures (not TeamFlame's): each names its catalog code, so every surface reports it the same way.
// Only codes a problem document can carry: a failure thrown here may reach the tab API as well as a card.
import type { ProblemCode } from '@teamflame/contract';

/** Values a code's text is filled with, e.g. `{ seconds: 30 }`. */
export type ErrorParams = Record<string, string | number>;

export class AppError extends Error {
  readonly params: ErrorParams;
  /** When trying again makes sense, for a `Retry-After` header. */
  readonly retryAfterSeconds?: number;

  constructor(
    readonly code: ProblemCode,
    options: {
      params?: ErrorParams;
      retryAfterSeconds?: number;
      /** Why, for the logs only: never shown to a user. */
      reason?: string;
    } = {},
  ) {
    super(options.reason ?? code);
    this.name = new.target.name;
    this.params = options.params ?? {};
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}
