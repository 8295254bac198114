// A notification is worded whole in the language of the conversation it goes to, whatever the language of
// the follower whose TeamFlame token happened to read the board: a Russian channel gets Russian sentences
// in its Russian card, an English one English, and a personal "you were assigned" follows that chat.
// Every notify.* sentence of the other language is looked for, so a sentence left in English fails.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_QUOTED_COMMENT } from '../bot/cards/notification-text.js';
import { resources, translatorFor, type Language } from '../i18n/index.js';
import { cardOf, findInCard, startAppUnderTest, type AppUnderTest } from '../test-support/app-under-test.js';
import {
  channel,
  personalChat,
  TENANT_ID,
  teamsUser,
  type ConversationSpec,
} from '../test-support/teams-activities.js';

interface SandboxColumn {
  id: string;
  name: string;
  tasks: { id: string; name: string; spaceId: string; users: string[] }[];
}

let t: AppUnderTest;
const anna = teamsUser('Demo User');
const russianChannel = channel('Russian');
const englishChannel = channel('General');
const annasChat = personalChat(anna);
const boardName = 'Спринт 14';
let boardId = '';
let demoId = '';
let ivanToken = '';

async function asIvan<T>(path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${t.sandbox.url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${ivanToken}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return (await response.json()) as T;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const notifyStrings = (language: Language) => Object.values(resources[language].notify);
/** Each notify.* sentence of a language as a pattern matching it whole, whatever fills its blanks. */
const sentencesOf = (language: Language) =>
  notifyStrings(language).map(
    (s) =>
      new RegExp(
        `^${s
          .split(/\{\{\w+\}\}/)
          .map(escapeRegExp)
          .join('.*')}$`,
        's',
      ),
  );
/** The bot's own words in those sentences (the parts between blanks), where long enough to be telling. */
const wordsOf = (language: Language) =>
  notifyStrings(language)
    .flatMap((s) => s.split(/\{\{\w+\}\}/))
    .map((part) => part.trim())
    .filter((part) => part.length >= 4 && /\p{L}{2}/u.test(part));

/** What a reader sees: every TextBlock and button title, with the card's markdown escaping undone. */
function shownStrings(card: unknown): string[] {
  const found: string[] = [];
  findInCard(card, (n) => {
    if (n.type === 'TextBlock' && typeof n.text === 'string') found.push(n.text);
    if (typeof n.type === 'string' && n.type.startsWith('Action.') && typeof n.title === 'string')
      found.push(n.title);
    return false;
  });
  return found.map((s) => s.replace(/\u200b/g, '').replace(/\\(?=[^\w\s])/g, ''));
}

/** The card in this language only: none of the other language's sentences or words, and these sentences. */
function expectWholly(card: unknown, language: Language, sentences: string[]): void {
  const other: Language = language === 'ru' ? 'en' : 'ru';
  const shown = shownStrings(card);
  for (const text of shown)
    for (const pattern of sentencesOf(other)) expect(text, `${other} sentence`).not.toMatch(pattern);
  const all = shown.join('\n');
  for (const words of wordsOf(other)) expect(all, `${other} words`).not.toContain(words);
  expect(shown).toEqual(expect.arrayContaining(sentences));
}

/** Cards sent to a conversation since call number `since`. */
const cardsTo = (conversation: ConversationSpec, since: number) =>
  t.connector.calls
    .slice(since)
    .filter((c) => c.conversationId === conversation.id && c.kind !== 'update' && c.body.attachments)
    .map(cardOf);

const readerLocale = async () => (await t.db.database.users.findByChannelUser(TENANT_ID, anna.id))?.locale;

/**
 * Ivan, directly in TeamFlame, changes a task (moves it, assigns Demo, sets a due date, comments in HTML)
 * and creates another; the next poll finds five changes. Returns the sentences a card in each language must
 * hold, and the task Demo was assigned to.
 */
async function changeDirectly(
  names: RegExp,
  comment: { html: string; quoted: string },
  newTask: string,
): Promise<{ sentencesIn: (language: Language) => string[]; assigned: string }> {
  const columns = await asIvan<SandboxColumn[]>(`/column/getByBoardOneLayer/${boardId}`);
  const from = columns.find((c) =>
    c.tasks.some((task) => names.test(task.name) && !task.users.includes(demoId)),
  )!;
  const to = columns[(columns.indexOf(from) + 1) % columns.length]!;
  const task = from.tasks.find((c) => names.test(c.name) && !c.users.includes(demoId))!;
  const full = await asIvan<Record<string, unknown>>(`/task/${task.id}`);
  await asIvan(`/task/change-column/${task.id}`, { columnId: to.id, location: task.spaceId });
  await asIvan(`/task/update/${task.id}`, {
    ...full,
    columnId: to.id,
    users: [...task.users, demoId],
    endDate: '2031-02-03T18:00:00',
  });
  await asIvan('/comment/create', { task: task.id, text: comment.html });
  const first = columns[0]!;
  await asIvan('/task/create', { name: newTask, columnId: first.id, boardId, location: task.spaceId });
  const name = task.name;
  return {
    assigned: name,
    sentencesIn: (language) => {
      const tl = translatorFor(language);
      return [
        tl('notify.title', { board: boardName }),
        tl('notify.count', { count: 5 }),
        tl('notify.created', { task: newTask, column: first.name }),
        tl('notify.moved', { task: name, from: from.name, to: to.name }),
        tl('notify.assigned', { task: name, names: 'Demo User' }),
        tl('notify.due', {
          task: name,
          date: tl('task.mine.dateWithYear', { date: new Date('2031-02-03') }),
        }),
        tl('notify.commented', { task: name, author: 'Иван Петров', text: comment.quoted }),
      ];
    },
  };
}

beforeAll(async () => {
  t = await startAppUnderTest();
  demoId = t.sandbox.demoUsers.find((u) => u.email === 'demo@teamflame.local')!.id;
  const ivan = await t.sandboxCall<{ tokens: { accessToken: { token: string } } }>('/auth/sign-in', {
    body: { email: 'ivan.petrov@teamflame.local', password: 'demo' },
  });
  ivanToken = ivan.tokens.accessToken.token;
  // Anna signs in from an English Teams: hers is the token that reads the board.
  await t.install(anna, englishChannel, 'en-US');
  await t.press(anna, englishChannel, 'signIn', { email: 'demo@teamflame.local', password: 'demo' });
  const picker = await t.press(anna, englishChannel, 'boards.pick', {});
  boardId = (
    findInCard(picker, (n) => n.id === 'boardId')!.choices as { title: string; value: string }[]
  ).find((c) => c.title.endsWith(boardName))!.value;
  await t.press(anna, englishChannel, 'subscribe', { boardId }, { locale: 'en-US' });
  // The Russian channel is a Russian Teams throughout: its stored reference says ru-RU.
  await t.install(anna, russianChannel, 'ru-RU');
  await t.press(anna, russianChannel, 'subscribe', { boardId }, { locale: 'ru-RU' });
  await t.install(anna, annasChat, 'ru-RU');
});
afterAll(() => t?.close());

describe('a notification is in the language of the conversation, not of the follower who read the board', () => {
  it('a Russian channel read with an English follower’s token gets a Russian card, with no English sentence', async () => {
    expect(await readerLocale()).toBe('en-US');
    const { sentencesIn, assigned } = await changeDirectly(
      /^[^A-Za-z]+$/,
      { html: '<p>Проверил, <b>всё</b> работает</p>', quoted: 'Проверил, всё работает' },
      'Задача прямо в TeamFlame',
    );
    const since = t.connector.calls.length;
    await t.app.scheduler.tick();

    const [russian, ...moreRussian] = cardsTo(russianChannel, since);
    expect(moreRussian).toEqual([]);
    expectWholly(russian, 'ru', sentencesIn('ru'));
    const [english, ...moreEnglish] = cardsTo(englishChannel, since);
    expect(moreEnglish).toEqual([]);
    expectWholly(english, 'en', sentencesIn('en'));

    const personal = cardsTo(annasChat, since);
    expect(personal).toHaveLength(1);
    expectWholly(personal[0], 'ru', [
      translatorFor('ru')('notify.personalTitle', { board: boardName }),
      translatorFor('ru')('notify.assignedYou', { task: assigned }),
    ]);
  });

  it('and the reverse: an English channel read with a Russian follower’s token gets an English card', async () => {
    // Anna signs in again from a Russian Teams; her personal chat is now an English one.
    await t.press(
      anna,
      russianChannel,
      'signIn',
      { email: 'demo@teamflame.local', password: 'demo' },
      { locale: 'ru-RU' },
    );
    await t.install(anna, annasChat, 'en-US');
    expect(await readerLocale()).toBe('ru-RU');
    const long = 'Long comment. '.repeat(30);
    const { sentencesIn, assigned } = await changeDirectly(
      /^[^а-яё]+$/i,
      { html: `<p>${long}</p>`, quoted: `${long.slice(0, MAX_QUOTED_COMMENT - 1)}…` },
      'Created directly in TeamFlame',
    );
    const since = t.connector.calls.length;
    await t.app.scheduler.tick();

    const [english, ...moreEnglish] = cardsTo(englishChannel, since);
    expect(moreEnglish).toEqual([]);
    expectWholly(english, 'en', sentencesIn('en'));
    const [russian, ...moreRussian] = cardsTo(russianChannel, since);
    expect(moreRussian).toEqual([]);
    expectWholly(russian, 'ru', sentencesIn('ru'));

    const personal = cardsTo(annasChat, since);
    expect(personal).toHaveLength(1);
    expectWholly(personal[0], 'en', [
      translatorFor('en')('notify.personalTitle', { board: boardName }),
      translatorFor('en')('notify.assignedYou', { task: assigned }),
    ]);
  });
});
