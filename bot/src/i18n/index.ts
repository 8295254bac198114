// i18next with complete English and Russian resources. One instance, created once; each turn gets a
// translator fixed to its own language, so users never share language state.
import i18next, { type TFunction } from 'i18next';
import en from './en.json' with { type: 'json' };
import ru from './ru.json' with { type: 'json' };

export type Language = 'en' | 'ru';
export type { TFunction };

const i18n = i18next.createInstance();
void i18n.init({
  initAsync: false,
  resources: { en: { translation: en }, ru: { translation: ru } },
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: ['en', 'ru'],
  interpolation: { escapeValue: false },
  returnNull: false,
  showSupportNotice: false,
});

/** "ru" for any Russian locale, else "en": the two languages the app speaks. */
export function languageOf(locale?: string | null): Language {
  return locale?.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

export function translatorFor(locale?: string | null): TFunction {
  return i18n.getFixedT(languageOf(locale));
}

/** @internal Tests use it too. */
export const resources = { en, ru };
