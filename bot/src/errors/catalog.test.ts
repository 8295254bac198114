// The catalog is complete: every code has a status, and its text and hint in English and Russian; every
// error the product raises maps to its code.
import { PROBLEM_CODES } from '@teamflame/contract';
import { describe, expect, it } from 'vitest';
import { NotAMember, NotInstalledHere } from '../api/problems.js';
import { MembershipUnknown } from '../api/conversation-members.js';
import { Unauthenticated } from '../api/authenticate.js';
import { resources, translatorFor } from '../i18n/index.js';
import { TooManySignInAttempts } from '../security/sign-in-throttle.js';
import {
  TeamFlameAuthError,
  TeamFlameForbiddenError,
  TeamFlameNotFoundError,
  TeamFlameRateLimitError,
  TeamFlameSchemaError,
  TeamFlameUnavailableError,
  TeamFlameValidationError,
} from '../teamflame/index.js';
import { ERROR_CODES } from './catalog.js';
import { ERROR_CATALOG, errorText, failureOf, type ErrorCode } from './index.js';

/** The text at a dotted key in one language's resources, without i18next's fallback to English. */
function textAt(language: 'en' | 'ru', key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], resources[language]);
}

describe('the error catalog', () => {
  it('has an entry for every code, and a code for every entry', () => {
    expect(new Set(Object.keys(ERROR_CATALOG))).toEqual(new Set(ERROR_CODES));
    expect(ERROR_CODES).toEqual(expect.arrayContaining([...PROBLEM_CODES]));
    expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length);
  });

  it.each(ERROR_CODES.map((code) => [code]))(
    'gives %s a status, and its text and hint in English and Russian',
    (code: ErrorCode) => {
      const entry = ERROR_CATALOG[code];
      expect(entry.status).toBeGreaterThanOrEqual(400);
      expect(entry.status).toBeLessThan(600);
      expect(entry.title.trim()).not.toBe('');
      for (const language of ['en', 'ru'] as const) {
        for (const key of [entry.message, entry.hint]) {
          const text = textAt(language, key);
          expect(typeof text === 'string' && text.trim() !== '', `${language} ${key}`).toBe(true);
        }
      }
      // Russian is Russian, not an English sentence left in place.
      expect(textAt('ru', entry.message)).not.toBe(textAt('en', entry.message));
      expect(textAt('ru', entry.hint)).not.toBe(textAt('en', entry.hint));
    },
  );

  it('maps every error the product raises to its code, with the values its text needs', () => {
    const cases: [unknown, ErrorCode][] = [
      [new TeamFlameAuthError('credentials', 401), 'sign-in-refused'],
      [new TeamFlameAuthError('reauth-required', 401), 'sign-in-expired'],
      [new TeamFlameForbiddenError(), 'forbidden'],
      [new TeamFlameNotFoundError(), 'not-found'],
      [new TeamFlameRateLimitError(12), 'rate-limited'],
      [new TeamFlameUnavailableError('timeout'), 'teamflame-timeout'],
      [new TeamFlameUnavailableError('network'), 'teamflame-unreachable'],
      [new TeamFlameUnavailableError('server', 503), 'teamflame-failed'],
      [new TeamFlameUnavailableError('too-large'), 'teamflame-too-large'],
      [new TeamFlameValidationError('Название обязательно'), 'teamflame-refused'],
      [new TeamFlameSchemaError('tasks[3].columnId', 'tasks'), 'teamflame-unreadable'],
      [new NotInstalledHere(), 'not-installed'],
      [new NotAMember(), 'not-a-member'],
      [new MembershipUnknown('connector down'), 'membership-unknown'],
      [new TooManySignInAttempts(30), 'too-many-sign-in-attempts'],
      [new Unauthenticated('no token'), 'unauthenticated'],
      [new Error('a bug'), 'internal'],
      ['not even an Error', 'internal'],
    ];
    for (const [error, code] of cases) expect(failureOf(error).code, String(error)).toBe(code);
    expect(failureOf(new Error('a bug')).unexpected).toBe(true);
    expect(failureOf(new TeamFlameForbiddenError()).unexpected).toBe(false);
    expect(failureOf(new TeamFlameRateLimitError(12)).retryAfterSeconds).toBe(12);
    expect(failureOf(new TooManySignInAttempts(30))).toMatchObject({
      retryAfterSeconds: 30,
      params: { seconds: 30 },
    });
    const ru = translatorFor('ru');
    expect(errorText(failureOf(new TeamFlameValidationError('Название обязательно')), ru).message).toBe(
      'TeamFlame отклонил запрос: Название обязательно',
    );
    expect(errorText(failureOf(new TooManySignInAttempts(30)), ru).message).toBe(
      'Слишком много попыток входа. Попробуйте снова через 30 с.',
    );
  });

  it('offers a retry only for failures that can pass by themselves', () => {
    const retryable = ERROR_CODES.filter((code) => ERROR_CATALOG[code].retryable).sort();
    expect(retryable).toEqual(
      [
        'membership-unknown',
        'rate-limited',
        'service-unavailable',
        'teamflame-failed',
        'teamflame-timeout',
        'teamflame-unreachable',
        'too-many-sign-in-attempts',
      ].sort(),
    );
  });
});
