import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../i18n/index.js';
import { subscriptionsCard } from '../cards/index.js';
import { executeActions } from '../../test-support/cards/card-nodes.js';
import { answerLanguage, buttonsInLanguage } from './answer-language.js';

describe('the language of an answer', () => {
  it('is Russian for Russian words, whatever the client', () => {
    expect(answerLanguage('ru', 'en-US')).toBe('ru');
    expect(answerLanguage('ru', 'ru-RU')).toBe('ru');
  });

  it("is the client's for English words and for words without letters", () => {
    expect(answerLanguage('en', 'ru-RU')).toBe('ru');
    expect(answerLanguage('en', 'en-GB')).toBe('en');
    expect(answerLanguage(undefined, 'ru-RU')).toBe('ru');
    expect(answerLanguage(undefined, undefined)).toBe('en');
  });

  it('is carried by every button of the card, keeping what the button already sends', () => {
    const card = subscriptionsCard([{ id: 'b1', name: 'Board' }], translatorFor('ru'));
    const stamped = buttonsInLanguage(card, 'ru');
    expect(executeActions(stamped).map((a) => a.data)).toEqual([{ boardId: 'b1', lang: 'ru' }]);
  });
});
