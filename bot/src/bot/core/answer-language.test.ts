import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../i18n/index.js';
import { subscriptionsCard, taskDetailCard, taskDialogCard } from '../cards/index.js';
import { executeActions, findNodes } from '../../test-support/cards/card-nodes.js';
import { sampleTask } from '../../test-support/cards/sample-data.js';
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
    const card = subscriptionsCard(
      [{ id: 'b1', name: 'Board', path: '', delivery: { mode: 'instant' } }],
      translatorFor('ru'),
    );
    const stamped = buttonsInLanguage(card, 'ru');
    expect(executeActions(stamped).map((a) => a.data)).toEqual([{ boardId: 'b1', lang: 'ru' }]);
  });

  it('is carried by dialog buttons and dialog forms too (Action.Submit), next to what they send', () => {
    const task = { ...sampleTask };
    const stamped = buttonsInLanguage(taskDetailCard({ task, userIds: [] }, translatorFor('ru')), 'ru');
    const submits = findNodes(stamped, (n) => n.type === 'Action.Submit').map((n) => n.data);
    expect(submits).toContainEqual({
      msteams: { type: 'task/fetch' },
      dialog: 'move',
      taskId: task.id,
      lang: 'ru',
    });
    const form = buttonsInLanguage(taskDialogCard({ dialog: 'comment', task }, translatorFor('ru')), 'ru');
    expect(findNodes(form, (n) => n.type === 'Action.Submit')[0]!.data).toMatchObject({ lang: 'ru' });
  });
});
