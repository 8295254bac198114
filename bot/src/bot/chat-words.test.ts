// What people type and what the bot says back, over HTTP with the local connector and the sandbox: words it
// does not know, Russian words in an English client, whose name it says, help while signed out, and
// "unsubscribe" after another board was chosen.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  actionData,
  cardText,
  findInCard,
  startAppUnderTest,
  type AppUnderTest,
  type Card,
} from '../test-support/app-under-test.js';
import {
  personalChat,
  teamsUser,
  TENANT_ID,
  type ConversationSpec,
  type TeamsUser,
} from '../test-support/teams-activities.js';
import { randomUUID } from 'node:crypto';

let t: AppUnderTest;
beforeAll(async () => {
  t = await startAppUnderTest();
});
afterAll(() => t?.close());

const demo = { email: 'demo@teamflame.local', password: 'demo' };

function groupChat(): ConversationSpec {
  return { id: `19:group-${randomUUID()}@thread.v2`, kind: 'groupChat', tenantId: TENANT_ID };
}

/** The TextBlocks of a card, in order. */
function texts(card: Card): string[] {
  const out: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (record.type === 'TextBlock') out.push(String(record.text).replace(/\u200b/g, ''));
      Object.values(record).forEach(walk);
    }
  };
  walk(card.body);
  return out;
}

function verbs(card: Card): string[] {
  return ((card.actions ?? []) as { verb?: string }[]).map((a) => a.verb ?? '');
}

/** The boards the board picker offers, by the end of their path. */
async function boardsOf(user: TeamsUser, chat: ConversationSpec): Promise<Map<string, string>> {
  const picker = await t.press(user, chat, 'boards.pick', {});
  const choices = findInCard(picker, (n) => n.id === 'boardId')!.choices as {
    title: string;
    value: string;
  }[];
  return new Map(choices.map((c) => [c.title.split(' / ').at(-1)!, c.value]));
}

describe('words the bot does not know', () => {
  const user = teamsUser('Demo User');
  const chat = personalChat(user);

  it('says what it did not understand, and offers help', async () => {
    const card = await t.say(user, chat, 'blorp');
    expect(texts(card)).toEqual(["I didn't understand “blorp”.", 'Press Help to see what I can do.']);
    expect(verbs(card)).toEqual(['help']);
    const help = await t.press(user, chat, 'help', actionData(card, 'help'));
    expect(cardText(help)).toContain('What I can do');
  });

  it('suggests the nearest command, whose button runs it (after signing in, when that is needed)', async () => {
    const card = await t.say(user, chat, 'boadrs');
    expect(texts(card)).toEqual(["I didn't understand “boadrs”.", 'Did you mean “boards”?']);
    expect(verbs(card)).toEqual(['command.run', 'help']);
    const run = actionData(card, 'command.run');
    expect(run).toEqual({ name: 'boards' });

    const signIn = await t.press(user, chat, 'command.run', run);
    expect(findInCard(signIn, (n) => n.id === 'password')).toBeDefined();
    const picker = await t.press(user, chat, 'signIn', {
      ...demo,
      resume: actionData(signIn, 'signIn').resume,
    });
    expect(findInCard(picker, (n) => n.id === 'boardId')).toBeDefined();

    const again = await t.press(user, chat, 'command.run', run);
    expect(texts(again)[0]).toBe('Choose a board');
  });

  it('shows what was typed as text, cut when long', async () => {
    const typed = `**bold** [link](https://evil.example) ${'x'.repeat(400)}`;
    const card = await t.say(user, chat, typed);
    const title = texts(card)[0]!;
    expect(title.length).toBeLessThan(260);
    expect(title).toContain('\\*\\*bold\\*\\*');
    expect(title).toContain('…');
  });
});

describe('Russian words in an English client', () => {
  const user = teamsUser('Anna Sokolova');
  const chat = personalChat(user);

  it('are answered in Russian, and so are the buttons of that answer', async () => {
    await t.press(user, chat, 'signIn', demo);
    const picker = await t.say(user, chat, 'доски');
    expect(texts(picker)[0]).toBe('Выберите доску');
    const show = actionData(picker, 'board.show');
    expect(show.lang).toBe('ru');
    const boardId = (await boardsOf(user, chat)).get('Спринт 14')!;
    const board = await t.press(user, chat, 'board.show', { ...show, boardId });
    expect(cardText(board)).toContain('Новая задача');
  });

  it('mistyped, are answered in Russian with the Russian command to run', async () => {
    const card = await t.say(user, chat, 'подпиcки'); // a Latin "c"
    expect(texts(card)).toEqual(['Не удалось понять «подпиcки».', 'Возможно, вы имели в виду «подписки»?']);
    const list = await t.press(user, chat, 'command.run', actionData(card, 'command.run'));
    expect(texts(list)[0]).toBe('Доски, за которыми следит этот чат');
  });

  it('do not change the language of English words, which keep the client’s', async () => {
    expect(texts(await t.say(user, chat, 'boards'))[0]).toBe('Choose a board');
    expect(texts(await t.say(user, chat, 'boards', { locale: 'ru-RU' }))[0]).toBe('Выберите доску');
    const picker = await t.say(user, chat, 'boards', { locale: 'ru-RU' });
    expect(actionData(picker, 'board.show').lang).toBeUndefined();
  });
});

describe('who is signed in', () => {
  const alex = teamsUser('Alex Wilber');

  it('is named by the TeamFlame account in a group chat, never by the Teams name', async () => {
    const chat = groupChat();
    const prompt = await t.say(alex, chat, 'boards', { mentionBot: true });
    const form = await t.press(alex, chat, 'signIn.start', actionData(prompt, 'signIn.start'));
    const signedIn = await t.press(alex, chat, 'signIn', {
      ...demo,
      resume: actionData(form, 'signIn').resume,
    });
    expect(texts(signedIn)[0]).toBe('Signed in as Demo User');
    expect(cardText(signedIn)).not.toContain('Alex Wilber');

    const welcome = await t.install(alex, groupChat());
    expect(texts(welcome)).toContain('You are signed in as Demo User.');
    expect(cardText(welcome)).not.toContain('Alex Wilber');
  });
});

describe('help', () => {
  const user = teamsUser('Maria Ivanova');
  const chat = personalChat(user);

  it('offers Sign in to someone signed out, and not once they are signed in', async () => {
    const signedOut = await t.say(user, chat, 'help');
    expect(verbs(signedOut)).toEqual(['signIn.start', 'boards.pick', 'tasks.mine']);
    const form = await t.press(user, chat, 'signIn.start', actionData(signedOut, 'signIn.start'));
    expect(findInCard(form, (n) => n.id === 'password')).toBeDefined();
    await t.press(user, chat, 'signIn', { email: 'maria.ivanova@teamflame.local', password: 'demo' });
    expect(verbs(await t.say(user, chat, 'help'))).toEqual(['boards.pick', 'tasks.mine']);
  });
});

describe('unsubscribe', () => {
  const user = teamsUser('Ivan Petrov');
  const chat = groupChat();
  let boards: Map<string, string>;
  const followed = async () =>
    (await t.db.database.subscriptions.forConversation(chat.id)).map((s) => s.boardId).sort();
  const say = (text: string) => t.say(user, chat, text, { mentionBot: true });

  it('stops the board the conversation follows, though another board was chosen since', async () => {
    await t.install(user, chat);
    await t.press(user, chat, 'signIn', demo);
    boards = await boardsOf(user, chat);
    const [a, b] = [...boards.values()];
    await t.press(user, chat, 'board.show', { boardId: a });
    await say('subscribe');
    await t.press(user, chat, 'board.show', { boardId: b });
    expect(await followed()).toEqual([a]);

    const card = await say('unsubscribe');
    const nameOfA = [...boards].find(([, id]) => id === a)![0];
    expect(cardText(card)).toContain(`This conversation no longer follows ${nameOfA}.`);
    expect(await followed()).toEqual([]);
  });

  it('asks which board to stop when several are followed, and stops the one chosen', async () => {
    const [a, b] = [...boards.values()];
    for (const boardId of [a, b]) await t.press(user, chat, 'subscribe', { boardId: boardId! });
    expect(await followed()).toEqual([a, b].sort());

    const choice = await say('unsubscribe');
    expect(texts(choice)[0]).toBe('Which board should this conversation stop following?');
    const buttons = (choice.actions as { verb: string; data: { boardId: string } }[]).map(
      (x) => x.data.boardId,
    );
    expect(buttons.sort()).toEqual([a, b].sort());
    expect(await followed()).toEqual([a, b].sort());

    await t.press(user, chat, 'unsubscribe', { boardId: b! });
    expect(await followed()).toEqual([a]);
  });

  it('says so when the conversation follows nothing', async () => {
    await say('unsubscribe');
    const nothing = await say('unsubscribe');
    expect(texts(nothing)[0]).toBe('Nothing to stop');
    expect(await followed()).toEqual([]);
  });
});
