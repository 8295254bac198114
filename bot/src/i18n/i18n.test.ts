import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
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

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('i18n resources, in depth', () => {
  const en = leaves(resources.en);
  const ru = leaves(resources.ru);

  it('use the same placeholders in both languages', () => {
    const enByStem = new Map([...en].map(([key, text]) => [stem(key), placeholders(text)]));
    for (const [key, text] of ru) {
      // A Russian plural form may leave {{count}} out ("одна задача"); every other placeholder must match.
      const expected = enByStem
        .get(stem(key))!
        .filter((p) => !(p === 'count' && !text.includes('{{count}}')));
      expect(placeholders(text), key).toEqual(expected);
    }
  });

  it('give every counted string its plural forms: one/other in English, one/few/many/other in Russian', () => {
    const plural = /_(one|few|many|other)$/;
    const stems = new Set([...en.keys(), ...ru.keys()].filter((k) => plural.test(k)).map(stem));
    expect(stems.size).toBeGreaterThan(0);
    for (const s of stems) {
      for (const form of ['one', 'other']) expect(en.has(`${s}_${form}`), `en ${s}_${form}`).toBe(true);
      for (const form of ['one', 'few', 'many', 'other'])
        expect(ru.has(`${s}_${form}`), `ru ${s}_${form}`).toBe(true);
    }
    const t = translatorFor('ru-RU');
    expect(t('notify.count', { count: 21 })).toBe('21 изменение');
    expect(t('notify.count', { count: 22 })).toBe('22 изменения');
    expect(t('notify.count', { count: 11 })).toBe('11 изменений');
    expect(translatorFor('en')('notify.count', { count: 1 })).toBe('1 change');
  });

  it('hold every key the bot uses (literal keys, and the prefix of keys built at run time)', () => {
    const root = fileURLToPath(new URL('../', import.meta.url)); // bot/src
    const used = new Set<string>();
    const prefixes = new Set<string>();
    for (const file of sourceFiles(root)) {
      const source = readFileSync(file, 'utf8');
      for (const m of source.matchAll(/\bt\(\s*'([a-zA-Z][\w.-]*)'/g)) used.add(m[1]!);
      for (const m of source.matchAll(/\bt\(\s*`([a-zA-Z][\w.-]*)\$\{/g)) prefixes.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(50);
    const stems = new Set([...en.keys()].map(stem));
    for (const key of used) expect(stems.has(key), key).toBe(true);
    for (const prefix of prefixes)
      expect(
        [...stems].some((k) => k.startsWith(prefix)),
        prefix,
      ).toBe(true);
  });

  it('keep languages apart: translators for different users never change each other', () => {
    const ruT = translatorFor('ru-RU');
    const enT = translatorFor('en-US');
    expect(ruT('boards.refresh')).toBe('Обновить');
    expect(enT('boards.refresh')).toBe('Refresh');
    expect(translatorFor('ru')('boards.refresh')).toBe('Обновить');
    expect(ruT('boards.refresh')).toBe('Обновить');
    expect(enT('boards.refresh')).toBe('Refresh');
    expect(translatorFor('RU')('boards.refresh')).toBe('Обновить');
    expect(translatorFor('')('boards.refresh')).toBe('Refresh');
    expect(translatorFor('uk-UA')('boards.refresh')).toBe('Refresh');
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}
