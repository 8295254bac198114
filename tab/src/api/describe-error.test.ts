import { PROBLEM_CODES, type ProblemDocument } from '@teamflame/contract';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { resources } from '../i18n.js';
import { ApiError } from './client.js';
import { describeError } from './describe-error.js';

const i18n = i18next.createInstance();
await i18n.init({
  resources: { en: { translation: resources.en }, ru: { translation: resources.ru } },
  lng: 'en',
  interpolation: { escapeValue: false },
  showSupportNotice: false,
});
const en = i18n.getFixedT('en');
const ru = i18n.getFixedT('ru');

function failed(code: string, params?: ProblemDocument['params']): ApiError {
  const problem = {
    type: 'about:blank',
    code,
    title: 'T',
    status: 400,
    detail: 'An English detail.',
    params,
  };
  return new ApiError(400, code, problem.detail, problem);
}

describe('error texts in the tab', () => {
  it.each(PROBLEM_CODES.map((code) => [code]))(
    'say what %s means and what to do, in English and in Russian',
    (code) => {
      const english = describeError(failed(code, { detail: 'x', seconds: 5 }), en);
      const russian = describeError(failed(code, { detail: 'x', seconds: 5 }), ru);
      for (const text of [english.message, english.hint, russian.message, russian.hint]) {
        expect(text.trim()).not.toBe('');
        expect(text).not.toMatch(/problems\.|\{\{/);
      }
      expect(russian.message).not.toBe(english.message);
      expect(russian.hint).not.toBe(english.hint);
      expect(russian.message).not.toContain('An English detail.');
    },
  );

  it('fill in the values the server sent', () => {
    expect(describeError(failed('too-many-sign-in-attempts', { seconds: 42 }), ru).message).toBe(
      'Слишком много попыток входа. Попробуйте снова через 42 с.',
    );
    expect(describeError(failed('teamflame-refused', { detail: 'Колонка закрыта' }), en).message).toBe(
      'TeamFlame refused this: Колонка закрыта',
    );
  });

  it('fall back to a generic text for a code this version does not know, and for anything else thrown', () => {
    const generic = { message: 'Что-то пошло не так.', hint: ru('problems.unknown.hint') };
    expect(describeError(failed('from-a-newer-server'), ru)).toEqual(generic);
    expect(describeError(failed('toString'), ru)).toEqual(generic);
    expect(describeError(new TypeError('x is undefined'), ru)).toEqual(generic);
    expect(describeError(new ApiError(0, 'offline', 'The server cannot be reached.'), ru).message).toBe(
      'Нет связи с приложением.',
    );
  });
});
