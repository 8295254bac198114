// Which language a turn answers in. The Teams locale, unless the person typed Russian words: those are
// answered in Russian whatever the client's language (someone who types "доски" reads Russian). English
// words keep the locale: people with a Russian client often type the short English command words too.
// Words without letters ("?") keep the locale.
//
// A turn that answers in another language than the client's gives every button on its cards that
// language, so pressing one (or the sign-in and "Try again" they lead to) answers in it too.
import { languageOf, type Language } from '../../i18n/index.js';
import type { AdaptiveCardJson } from '../cards/index.js';

export function answerLanguage(words: Language | undefined, locale: string | undefined): Language {
  return words === 'ru' ? 'ru' : languageOf(locale);
}

/**
 * The card with `lang` in the data of each Action.Execute (the `refresh` action's too) and Action.Submit
 * (a dialog's button, and the form the dialog shows).
 */
export function buttonsInLanguage(card: AdaptiveCardJson, language: Language): AdaptiveCardJson {
  stamp(card, language);
  return card;
}

function stamp(node: unknown, language: Language): void {
  if (Array.isArray(node)) {
    for (const child of node) stamp(child, language);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  if (record.type === 'Action.Execute' || record.type === 'Action.Submit') {
    const data =
      record.data && typeof record.data === 'object' && !Array.isArray(record.data) ? record.data : {};
    record.data = { ...data, lang: language };
  }
  for (const value of Object.values(record)) stamp(value, language);
}
