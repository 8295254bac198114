import { describe, expect, it } from 'vitest';
import { languageOf, resources, translatorFor } from './index.js';

function leaves(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof child === 'string') out.set(path, child);
    else for (const [k, v] of leaves(child, path)) out.set(k, v);
  }
  return out;
}

// Plural keys differ by language (Russian has one/few/many): compare their stems.
const stem = (key: string) => key.replace(/_(one|few|many|other)$/, '');

describe('i18n resources', () => {
  it('have the same keys in English and Russian, none empty', () => {
    const en = leaves(resources.en);
    const ru = leaves(resources.ru);
    expect(new Set([...ru.keys()].map(stem))).toEqual(new Set([...en.keys()].map(stem)));
    for (const [key, text] of [...en, ...ru]) expect(text.trim(), key).not.toBe('');
  });

  it('choose the language from the Teams locale, English by default', () => {
    expect(languageOf('ru-RU')).toBe('ru');
    expect(languageOf('en-GB')).toBe('en');
    expect(languageOf(undefined)).toBe('en');
    expect(translatorFor('ru-RU')('signIn.submit')).toBe('Войти');
    expect(translatorFor('de-DE')('signIn.submit')).toBe('Sign in');
  });

  it('use Russian plural forms', () => {
    const t = translatorFor('ru');
    expect(t('boards.taskCount', { count: 1 })).toBe('1 задача');
    expect(t('boards.taskCount', { count: 3 })).toBe('3 задачи');
    expect(t('boards.taskCount', { count: 5 })).toBe('5 задач');
  });
});
