// What the help card, the "didn't understand" answer and the list of followed boards say and offer.
import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../i18n/index.js';
import { executeActions, findNodes } from '../../test-support/cards/card-nodes.js';
import { renderOfficially } from '../../test-support/cards/official-parser.js';
import { helpCard, notUnderstoodCard, subscriptionsCard, type AdaptiveCardJson } from './index.js';

const en = translatorFor('en-US');
const ru = translatorFor('ru-RU');
const verbs = (card: AdaptiveCardJson) => executeActions(card).map((a) => a.verb);
const texts = (card: AdaptiveCardJson) => findNodes(card, (n) => n.type === 'TextBlock').map((n) => n.text);

describe('help card', () => {
  it('offers to sign in only to someone signed out', () => {
    expect(verbs(helpCard({ inChannel: false, signedIn: false }, en))).toEqual([
      'signIn.start',
      'boards.pick',
      'tasks.mine',
    ]);
    expect(verbs(helpCard({ inChannel: false, signedIn: true }, en))).toEqual(['boards.pick', 'tasks.mine']);
    expect(executeActions(helpCard({ inChannel: true, signedIn: false }, ru))[0]!.title).toBe('Войти');
  });
});

describe('the answer to words that are no command', () => {
  it('says what was not understood, suggests the nearest command as a button, and offers help', () => {
    const card = notUnderstoodCard({ typed: 'boadrs', nearest: { name: 'boards', word: 'boards' } }, en);
    expect(texts(card)).toEqual(["I didn't understand “boadrs”.", 'Did you mean “boards”?']);
    expect(executeActions(card).map((a) => [a.title, a.verb, a.data])).toEqual([
      ['boards', 'command.run', { name: 'boards' }],
      ['Help', 'help', {}],
    ]);
  });

  it('without a close command, points to help; in Russian with Russian quotes', () => {
    const card = notUnderstoodCard({ typed: 'абырвалг' }, ru);
    expect(texts(card)).toEqual([
      'Не удалось понять «абырвалг».',
      'Нажмите «Помощь», чтобы увидеть, что я умею.',
    ]);
    expect(verbs(card)).toEqual(['help']);
  });

  it('shows the typed words as they were typed: never as markdown, never expanded, and cut when long', () => {
    const typed = '**bold** [link](https://evil.example) ${s.title} {{text}}';
    const drawn = renderOfficially(notUnderstoodCard({ typed }, en));
    expect(drawn.querySelectorAll('a, strong')).toHaveLength(0);
    // Zero-width spaces are how the card keeps "https://…" from becoming a link: not seen by the reader.
    expect(drawn.textContent?.replace(/\u200b/g, '')).toContain(typed);
    const long = notUnderstoodCard({ typed: 'x'.repeat(5000) }, en);
    expect(String(texts(long)[0]).length).toBeLessThan(260);
    expect(String(texts(long)[0])).toContain('…');
  });
});

describe('boards followed here', () => {
  const boards = [
    { id: 'b1', name: 'Спринт 14', path: 'Разработка / Мобильное', delivery: { mode: 'instant' as const } },
    { id: 'b2', name: 'Launch', path: '', delivery: { mode: 'every' as const, minutes: 30 } },
  ];

  it('asks which one to stop, with a button for each', () => {
    const card = subscriptionsCard(boards, en, 'chooseToStop');
    expect(texts(card)[0]).toBe('Which board should this conversation stop following?');
    expect(executeActions(card).map((a) => [a.verb, a.data])).toEqual([
      ['unsubscribe', { boardId: 'b1' }],
      ['unsubscribe', { boardId: 'b2' }],
    ]);
  });

  it('lists each board with its path and how its changes arrive', () => {
    expect(texts(subscriptionsCard(boards, en))[1]).toBe(
      '• Спринт 14 (Разработка / Мобильное): every change at once\n\n• Launch: a digest every 30 min',
    );
  });

  it('says there is nothing to stop when none is followed', () => {
    const card = subscriptionsCard([], ru, 'chooseToStop');
    expect(texts(card)[0]).toBe('Отписываться не от чего');
    expect(executeActions(card)).toEqual([]);
  });
});
