import type { ProblemCode } from '@teamflame/contract';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './locales/en.js';
import { ru } from './locales/ru.js';

/**
 * What the tab can tell about a failure: every code the server sends, and its own for a server it cannot
 * reach, an answer it cannot read, and a code it does not know (from a newer server).
 */
export type TabProblemCode = ProblemCode | 'offline' | 'unexpected-answer' | 'unknown';

export const resources = { en, ru };

export function initI18n(locale: string) {
  void i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, ru: { translation: ru } },
    lng: locale.toLowerCase().startsWith('ru') ? 'ru' : 'en',
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
  return i18next;
}
