// Anything thrown -> the catalog code (and the values its text needs). The one place error classes are
// mapped; everything that is neither ours nor TeamFlame's is a bug, reported as `internal`.
import {
  TeamFlameAuthError,
  TeamFlameError,
  TeamFlameRateLimitError,
  TeamFlameUnavailableError,
  TeamFlameValidationError,
} from '../teamflame/index.js';
import { AppError, type ErrorParams } from './app-error.js';
import type { ProblemCode } from '@teamflame/contract';
import type { ErrorCode } from './catalog.js';

export interface Failure<C extends ErrorCode = ErrorCode> {
  code: C;
  params?: ErrorParams;
  /** Seconds until trying again makes sense, when known (a `Retry-After` header). */
  retryAfterSeconds?: number;
}

interface ClassifiedFailure extends Failure<ProblemCode> {
  /** Not an error the product expects (a bug): log it with its stack. */
  unexpected: boolean;
}

export function failureOf(error: unknown): ClassifiedFailure {
  if (error instanceof AppError) {
    return {
      code: error.code,
      params: error.params,
      retryAfterSeconds: error.retryAfterSeconds,
      unexpected: false,
    };
  }
  if (error instanceof TeamFlameError) return { ...teamFlameFailure(error), unexpected: false };
  return { code: 'internal', unexpected: true };
}

function teamFlameFailure(error: TeamFlameError): Failure<ProblemCode> {
  switch (error.code) {
    case 'auth':
      return {
        code:
          error instanceof TeamFlameAuthError && error.reason === 'credentials'
            ? 'sign-in-refused'
            : 'sign-in-expired',
      };
    case 'forbidden':
      return { code: 'forbidden' };
    case 'not-found':
      return { code: 'not-found' };
    case 'rate-limited':
      return {
        code: 'rate-limited',
        retryAfterSeconds: error instanceof TeamFlameRateLimitError ? error.retryAfterSeconds : undefined,
      };
    case 'unavailable': {
      const kind = error instanceof TeamFlameUnavailableError ? error.kind : 'server';
      const codes = {
        timeout: 'teamflame-timeout',
        network: 'teamflame-unreachable',
        server: 'teamflame-failed',
        'too-large': 'teamflame-too-large',
      } as const;
      return { code: codes[kind] };
    }
    case 'validation':
      return {
        code: 'teamflame-refused',
        params: { detail: error instanceof TeamFlameValidationError ? error.serverMessage : error.message },
      };
    case 'schema':
      return { code: 'teamflame-unreadable' };
  }
}
