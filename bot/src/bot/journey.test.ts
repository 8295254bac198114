// The bot driven as Teams drives it: HTTP POSTs of Teams-shaped activities, replies captured by a local
// Bot Connector, the TeamFlame sandbox behind it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  actionData,
  cardOf,
  cardText,
  dialogForm,
  findInCard,
  startAppUnderTest,
  type AppUnderTest,
  type Card,
} from '../test-support/app-under-test.js';
import { personalChat, teamsUser } from '../test-support/teams-activities.js';

let t: AppUnderTest;
beforeAll(async () => {
  t = await startAppUnderTest();
});
afterAll(() => t?.close());

describe('the personal-chat journey', () => {
  const user = teamsUser('Demo User');
  const chat = personalChat(user);
  const password = 'demo';
  const wrongPassword = 'not-the-Password-42';
  let demoId = '';
  let boardId = '';
  let taskId = '';
  let taskCard: Card;
  let taskMessage = '';

  it('welcomes on install and stores the conversation', async () => {
    const welcome = await t.install(user, chat);
    expect(cardText(welcome)).toContain('Welcome to TeamFlame');
    expect((await t.db.database.conversations.get(chat.id))?.installed).toBe(true);
  });

  it('explains a wrong password in the card, without echoing it', async () => {
    const card = await t.press(user, chat, 'signIn', {
      email: 'demo@teamflame.local',
      password: wrongPassword,
    });
    expect(cardText(card)).toContain('did not accept this email and password');
    expect(cardText(card)).not.toContain(wrongPassword);
    expect(findInCard(card, (n) => n.id === 'password')).toBeDefined();
  });

  it('signs in and replaces the card with "Signed in as"', async () => {
    const card = await t.press(user, chat, 'signIn', { email: 'demo@teamflame.local', password });
    expect(cardText(card)).toContain('Signed in as Demo User');
    expect(findInCard(card, (n) => n.type === 'Input.Text')).toBeUndefined();
    demoId = t.sandbox.demoUsers.find((u) => u.email === 'demo@teamflame.local')!.id;
  });

  it('lists every board the user can see and shows the chosen one', async () => {
    const picker = await t.say(user, chat, 'boards');
    const choices = findInCard(picker, (n) => n.id === 'boardId')!.choices as {
      title: string;
      value: string;
    }[];
    expect(choices.length).toBeGreaterThanOrEqual(4);
    expect(choices.map((c) => c.title)).toContain('Разработка / Мобильное приложение / Спринт 14');
    boardId = choices.find((c) => c.title.endsWith('Спринт 14'))!.value;
    const board = await t.press(user, chat, 'board.show', { boardId });
    expect(cardText(board)).toContain('Спринт 14');
    expect(cardText(board)).toContain('В работе');
    expect(
      (await t.db.database.users.findByTeams({ tenantId: chat.tenantId!, channelUserId: user.id }))
        ?.chosenBoardId,
    ).toBe(boardId);
  });

  it('opens a task from the board in a message of its own, leaving the board card as it was', async () => {
    const board = await t.press(user, chat, 'board.show', { boardId });
    taskId = String(actionData(board, 'task.open').taskId);
    taskCard = await t.press(user, chat, 'task.open', { taskId }, { replyToId: 'board-card' });
    expect(cardText(taskCard)).toContain('Move');
    expect(t.connector.calls.filter((c) => c.activityId === 'board-card')).toEqual([]);
    const posted = t.connector.calls.filter(
      (c) => c.conversationId === chat.id && (c.kind === 'reply' || c.kind === 'send'),
    );
    taskMessage = posted.at(-1)!.assignedId!;
    expect((await t.db.database.sentCards.forTask(taskId)).map((c) => c.activityId)).toContain(taskMessage);
  });

  /** Presses the task card's dialog button and submits the form with what the user typed. */
  async function edit(dialog: string, typed: Record<string, unknown>, button?: string) {
    const opener = findInCard(
      taskCard,
      (n) => n.type === 'Action.Submit' && (n.data as { dialog?: string }).dialog === dialog,
    )!.data as Record<string, unknown>;
    const form = dialogForm(await t.dialog(user, chat, 'task/fetch', opener, { replyToId: taskMessage }));
    const submit = findInCard(form, (n) => n.type === 'Action.Submit' && (!button || n.title === button))!
      .data as Record<string, unknown>;
    return { form, answer: await t.dialog(user, chat, 'task/submit', { ...submit, ...typed }) };
  }

  it('moves the task to another column in a dialog; the sandbox and the card show it', async () => {
    const before = await t.sandboxTask(taskId);
    const calls = t.connector.calls.length;
    const { form } = await edit('move', {});
    const target = (
      findInCard(form, (n) => n.id === 'columnId')!.choices as { value: string; title: string }[]
    ).find((c) => c.value !== before.columnId)!;
    const { answer } = await edit('move', { columnId: target.value });
    expect(answer).toBeUndefined();
    expect((await t.sandboxTask(taskId)).columnId).toBe(target.value);
    const update = await t.connector.waitFor(
      (c) => t.connector.calls.indexOf(c) >= calls && c.kind === 'update' && c.activityId === taskMessage,
    );
    expect(cardText(cardOf(update))).toContain(target.title);
  });

  it('assigns a member', async () => {
    expect((await edit('assign', { assigneeIds: demoId })).answer).toBeUndefined();
    expect((await t.sandboxTask(taskId)).users).toEqual([demoId]);
  });

  it('sets and clears the due date', async () => {
    expect((await edit('due', { dueDate: '2031-03-14' }, 'Set due date')).answer).toBeUndefined();
    expect((await t.sandboxTask(taskId)).endDate).toBe('2031-03-14T18:00:00');
    expect((await edit('due', {}, 'Clear due date')).answer).toBeUndefined();
    expect((await t.sandboxTask(taskId)).endDate).toBeUndefined();
  });

  it('adds a comment', async () => {
    expect((await edit('comment', { comment: 'Проверено в Teams' })).answer).toBeUndefined();
    const comments = (await t.sandboxTask(taskId)).comments.filter(
      (c) => c.text === '<p>Проверено в Teams</p>',
    );
    expect(comments).toHaveLength(1);
  });

  it('creates a task from the form once, and from a command', async () => {
    const form = await t.press(user, chat, 'task.new', { boardId });
    const columnId = String(findInCard(form, (n) => n.id === 'columnId')!.value);
    const empty = await t.press(user, chat, 'task.create', {
      ...actionData(form, 'task.create'),
      name: '  ',
      columnId,
    });
    expect(cardText(empty)).toContain('Enter a title');
    const data = { ...actionData(form, 'task.create'), name: 'Created from Teams', columnId };
    const created = await t.press(user, chat, 'task.create', data);
    await t.press(user, chat, 'task.create', data); // a double click
    expect(cardText(created)).toContain('Task created');
    const fromCommand = await t.say(user, chat, 'new Second task from a command');
    expect(cardText(fromCommand)).toContain('Second task from a command');
    const creates = (await t.sandboxCall<{ path: string; status: number }[]>('/__sandbox/requests')).filter(
      (r) => r.path === '/task/create' && r.status === 201,
    );
    expect(creates).toHaveLength(2);
  });

  it('signs out, and then asks to sign in again', async () => {
    const card = await t.say(user, chat, 'sign out');
    expect(cardText(card)).toContain('You are signed out');
    const again = await t.say(user, chat, 'board');
    expect(findInCard(again, (n) => n.id === 'password')).toBeDefined();
  });

  it('kept no password and no token in plaintext, in the logs or the database', async () => {
    const logs = t.logs.join('\n');
    const dump = JSON.stringify(
      await Promise.all(
        ['users', 'tokens', 'conversations', 'sent_cards', 'processed_actions'].map((table) =>
          t.db.database.dataSource.query(`SELECT * FROM ${table}`),
        ),
      ),
    );
    const requests = await t.sandboxCall<unknown[]>('/__sandbox/requests');
    expect(requests.length).toBeGreaterThan(0);
    for (const haystack of [logs, dump]) {
      expect(haystack).not.toContain(wrongPassword);
      expect(haystack).not.toContain('"password":"demo"');
      expect(haystack).not.toMatch(/eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+/); // no JWT
    }
  });
});
