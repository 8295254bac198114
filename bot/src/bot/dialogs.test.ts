// Editing a task in Teams dialogs, driven as Teams drives it: the task card's buttons send task/fetch (with
// the card's message as replyToId) and get a form; the form sends task/submit. Each write reaches TeamFlame
// (the sandbox) once, the dialog closes, and the card it was opened from is redrawn in place.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cardOf,
  cardText,
  dialogForm,
  findInCard,
  startAppUnderTest,
  type AppUnderTest,
  type Card,
  type DialogAnswer,
} from '../test-support/app-under-test.js';
import type { RecordedCall } from '../test-support/connector.js';
import { cardActionInvoke, personalChat, postActivity, teamsUser } from '../test-support/teams-activities.js';

let t: AppUnderTest;
const anna = teamsUser('Demo User');
const chat = personalChat(anna);
let boardId = '';
let taskId = '';
let demoId = '';

type LoggedRequest = { method: string; path: string; status: number };

/** Writes TeamFlame accepted since the request log was last cleared. */
async function sandboxWrites(pathPattern: RegExp): Promise<LoggedRequest[]> {
  const log = await t.sandboxCall<LoggedRequest[]>('/__sandbox/requests');
  return log.filter((r) => r.method !== 'GET' && r.status < 400 && pathPattern.test(r.path));
}

const choices = (card: Card, id: string) =>
  findInCard(card, (n) => n.id === id)!.choices as { title: string; value: string }[];
const inputValue = (card: Card, id: string) => findInCard(card, (n) => n.id === id)!.value;
/**
 * What Teams sends when the form's button with this title (the first one when no title is given) is
 * pressed: the button's data and every input's value, what the user typed in place of what was drawn.
 */
function submitted(form: Card, typed: Record<string, unknown> = {}, title?: string): Record<string, unknown> {
  const button = findInCard(form, (n) => n.type === 'Action.Submit' && (!title || n.title === title));
  if (!button) throw new Error(`no submit button ${title ?? ''}`);
  if (button.associatedInputs === 'none') return { ...(button.data as Record<string, unknown>) };
  const drawn: Record<string, unknown> = {};
  JSON.stringify(form, (_key, value: unknown) => {
    const node = value as { type?: unknown; id?: unknown; value?: unknown } | null;
    if (typeof node?.type === 'string' && node.type.startsWith('Input.') && typeof node.id === 'string')
      drawn[node.id] = node.value ?? '';
    return value;
  });
  return { ...drawn, ...(button.data as Record<string, unknown>), ...typed };
}
/** The data of the task card's button that opens this dialog. */
function opener(card: Card, dialog: string): Record<string, unknown> {
  const button = findInCard(
    card,
    (n) => n.type === 'Action.Submit' && (n.data as { dialog?: unknown } | undefined)?.dialog === dialog,
  );
  if (!button) throw new Error(`no ${dialog} button on the card`);
  return button.data as Record<string, unknown>;
}

/** The next in-place update of this message, after `before` calls. */
function updateOf(activityId: string, before: number): Promise<RecordedCall> {
  return t.connector.waitFor(
    (c) => t.connector.calls.indexOf(c) >= before && c.kind === 'update' && c.activityId === activityId,
  );
}

/** Shows the task card as the answer to a board's button, in the message `activityId`. */
async function showTask(activityId: string): Promise<Card> {
  return t.press(anna, chat, 'task.show', { taskId }, { replyToId: activityId });
}

/** Opens a dialog from the card in message `activityId` and submits its form with what was typed. */
async function openAndSubmit(
  activityId: string,
  dialog: string,
  typed: Record<string, unknown>,
  title?: string,
): Promise<DialogAnswer | undefined> {
  const card = await showTask(activityId);
  const form = dialogForm(
    await t.dialog(anna, chat, 'task/fetch', opener(card, dialog), { replyToId: activityId }),
  );
  return t.dialog(anna, chat, 'task/submit', submitted(form, typed, title));
}

beforeAll(async () => {
  t = await startAppUnderTest();
  await t.install(anna, chat);
  await t.press(anna, chat, 'signIn', { email: 'demo@teamflame.local', password: 'demo' });
  const picker = await t.press(anna, chat, 'boards.pick', {});
  boardId = choices(picker, 'boardId').find((c) => c.title.endsWith('Спринт 14'))!.value;
  const board = await t.press(anna, chat, 'board.show', { boardId });
  taskId = String(
    (
      findInCard(board, (n) => n.type === 'Action.Execute' && n.verb === 'task.open')!.data as {
        taskId: string;
      }
    ).taskId,
  );
  demoId = t.sandbox.demoUsers.find((u) => u.email === 'demo@teamflame.local')!.id;
}, 60_000);
afterAll(() => t?.close());

describe('the task card', () => {
  it('is compact: no inline form, one row of dialog buttons', async () => {
    const card = await showTask('card-compact');
    expect(
      findInCard(card, (n) => typeof n.type === 'string' && n.type.startsWith('Input.')),
    ).toBeUndefined();
    for (const dialog of ['move', 'assign', 'due', 'comment', 'edit'])
      expect(opener(card, dialog)).toEqual({ msteams: { type: 'task/fetch' }, dialog, taskId });
  });
});

describe('each dialog', () => {
  it('opens with its form, filled in as the task is now, in the reader language', async () => {
    const task = await t.sandboxTask(taskId);
    const card = await showTask('card-forms');
    const open = async (dialog: string, locale?: string) => {
      const answer = await t.dialog(anna, chat, 'task/fetch', opener(card, dialog), {
        replyToId: 'card-forms',
        locale,
      });
      if (answer?.task.type !== 'continue') throw new Error(JSON.stringify(answer));
      return { title: answer.task.value.title, form: answer.task.value.card.content };
    };
    const move = await open('move');
    expect(move.title).toBe('Move the task');
    expect(inputValue(move.form, 'columnId')).toBe(task.columnId);
    expect(choices(move.form, 'columnId').length).toBeGreaterThan(1);
    const assign = await open('assign');
    expect(inputValue(assign.form, 'assigneeIds')).toBe(task.users.join(','));
    expect(choices(assign.form, 'assigneeIds').map((c) => c.value)).toContain(demoId);
    const due = await open('due');
    expect(inputValue(due.form, 'dueDate')).toBe(task.endDate?.slice(0, 10) ?? '');
    const comment = await open('comment');
    expect(findInCard(comment.form, (n) => n.id === 'comment')).toMatchObject({
      isMultiline: true,
      value: '',
    });
    const edit = await open('edit');
    expect(inputValue(edit.form, 'name')).toBe(task.name);
    const ru = await open('move', 'ru-RU');
    expect(ru.title).toBe('Переместить задачу');
    expect(cardText(ru.form)).toContain('Колонка');
    // A button on a card drawn in Russian for an English client opens a Russian dialog, whose form
    // submits in Russian too.
    const fromRussianCard = await t.dialog(anna, chat, 'task/fetch', { ...opener(card, 'due'), lang: 'ru' });
    if (fromRussianCard?.task.type !== 'continue') throw new Error(JSON.stringify(fromRussianCard));
    expect(fromRussianCard.task.value.title).toBe('Срок');
    expect(
      findInCard(fromRussianCard.task.value.card.content, (n) => n.type === 'Action.Submit')!.data,
    ).toMatchObject({ dialog: 'due', lang: 'ru' });
    // The message the dialogs were opened from is known as a copy of the task's card.
    expect((await t.db.database.sentCards.forTask(taskId)).map((c) => c.activityId)).toContain('card-forms');
  });

  it('moves the task: one write, the dialog closes, the card it came from is redrawn in place', async () => {
    const before = await t.sandboxTask(taskId);
    const card = await showTask('card-move');
    const form = dialogForm(
      await t.dialog(anna, chat, 'task/fetch', opener(card, 'move'), { replyToId: 'card-move' }),
    );
    const target = choices(form, 'columnId').find((c) => c.value !== before.columnId)!;
    await t.sandboxCall('/__sandbox/requests', { method: 'DELETE' });
    const calls = t.connector.calls.length;
    const answer = await t.dialog(anna, chat, 'task/submit', submitted(form, { columnId: target.value }));
    expect(answer).toBeUndefined(); // no task: Teams closes the dialog
    expect((await t.sandboxTask(taskId)).columnId).toBe(target.value);
    expect(await sandboxWrites(/^\/task\/change-column\//)).toHaveLength(1);
    const update = await updateOf('card-move', calls);
    expect(cardText(cardOf(update))).toContain(`/ ${target.title}`);
  });

  it('assigns people from the board members', async () => {
    const calls = t.connector.calls.length;
    expect(await openAndSubmit('card-assign', 'assign', { assigneeIds: demoId })).toBeUndefined();
    expect((await t.sandboxTask(taskId)).users).toEqual([demoId]);
    expect(cardText(cardOf(await updateOf('card-assign', calls)))).toContain('Demo User');
  });

  it('sets and clears the due date; without a date the dialog stays open and says why', async () => {
    const before = (await t.sandboxTask(taskId)).endDate;
    const empty = await openAndSubmit('card-due', 'due', { dueDate: '' }, 'Set due date');
    expect(cardText(dialogForm(empty))).toContain('Choose a date, or clear the due date');
    expect((await t.sandboxTask(taskId)).endDate).toBe(before);
    const calls = t.connector.calls.length;
    expect(await openAndSubmit('card-due', 'due', { dueDate: '2031-03-14' }, 'Set due date')).toBeUndefined();
    expect((await t.sandboxTask(taskId)).endDate).toBe('2031-03-14T18:00:00');
    expect(cardText(cardOf(await updateOf('card-due', calls)))).toContain('2031-03-14');
    expect(await openAndSubmit('card-due', 'due', {}, 'Clear due date')).toBeUndefined();
    expect((await t.sandboxTask(taskId)).endDate).toBeUndefined();
  });

  it('adds a comment once, even when Teams sends the submit twice at once; an empty one is refused', async () => {
    const card = await showTask('card-comment');
    const form = dialogForm(
      await t.dialog(anna, chat, 'task/fetch', opener(card, 'comment'), { replyToId: 'card-comment' }),
    );
    await t.sandboxCall('/__sandbox/requests', { method: 'DELETE' });
    const blank = await t.dialog(anna, chat, 'task/submit', submitted(form, { comment: '   ' }));
    const again = dialogForm(blank);
    expect(cardText(again)).toContain('Write a comment first');
    expect(await sandboxWrites(/^\/comment\/create$/)).toHaveLength(0);

    expect(inputValue(again, 'comment')).toBe('   ');
    const data = submitted(again, { comment: 'Проверено в диалоге' });
    const calls = t.connector.calls.length;
    const answers = await Promise.all([
      t.dialog(anna, chat, 'task/submit', data),
      t.dialog(anna, chat, 'task/submit', data),
    ]);
    const resent = await t.dialog(anna, chat, 'task/submit', data);
    expect(await sandboxWrites(/^\/comment\/create$/)).toHaveLength(1);
    const comments = (await t.sandboxTask(taskId)).comments.filter((c) =>
      c.text.includes('Проверено в диалоге'),
    );
    expect(comments).toHaveLength(1);
    // The one that wrote closed the dialog; a copy still running says so; the resend closes it too.
    for (const answer of answers) if (answer) expect(answer.task.type).toBe('message');
    expect(answers.filter((a) => a === undefined).length).toBeGreaterThanOrEqual(1);
    expect(resent).toBeUndefined();
    expect(cardText(cardOf(await updateOf('card-comment', calls)))).toContain('Проверено в диалоге');
  });

  it('edits the title, keeping the description as it was; an empty title is refused', async () => {
    const refused = await openAndSubmit('card-edit', 'edit', { name: '  ' });
    expect(cardText(dialogForm(refused))).toContain('Enter a title');
    const before = await t.sandboxTask(taskId);
    await t.sandboxCall('/__sandbox/requests', { method: 'DELETE' });
    const calls = t.connector.calls.length;
    expect(await openAndSubmit('card-edit', 'edit', { name: 'Renamed in a dialog' })).toBeUndefined();
    const after = await t.sandboxTask(taskId);
    expect(after.name).toBe('Renamed in a dialog');
    expect(after.description).toBe(before.description);
    expect(await sandboxWrites(/^\/task\/update\//)).toHaveLength(1);
    expect(cardText(cardOf(await updateOf('card-edit', calls)))).toContain('Renamed in a dialog');
  });
});

describe('a dialog opened by someone not signed in', () => {
  it('says so and offers sign-in; after signing in it shows the form asked for', async () => {
    const vera = teamsUser('Demo User');
    const veraChat = personalChat(vera);
    const asked = { msteams: { type: 'task/fetch' }, dialog: 'due', taskId };
    const signIn = dialogForm(
      await t.dialog(vera, veraChat, 'task/fetch', asked, { replyToId: 'vera-card' }),
    );
    expect(cardText(signIn)).toContain('Sign in to TeamFlame to change this task');
    expect(findInCard(signIn, (n) => n.id === 'password')).toMatchObject({ style: 'Password' });
    expect(findInCard(signIn, (n) => n.type === 'Action.OpenUrl')!.url).toMatch(/#\/signin$/);

    const wrong = await t.dialog(
      vera,
      veraChat,
      'task/submit',
      submitted(signIn, { email: 'demo@teamflame.local', password: 'not-the-password-9' }),
    );
    const retry = dialogForm(wrong);
    expect(cardText(retry)).toContain('did not accept this email and password');
    expect(cardText(retry)).not.toContain('not-the-password-9');

    expect(inputValue(retry, 'email')).toBe('demo@teamflame.local');
    const signed = await t.dialog(vera, veraChat, 'task/submit', submitted(retry, { password: 'demo' }));
    if (signed?.task.type !== 'continue') throw new Error(JSON.stringify(signed));
    expect(signed.task.value.title).toBe('Due date');
    expect(findInCard(signed.task.value.card.content, (n) => n.id === 'dueDate')).toBeDefined();
  });
});

describe('opening a task from a card that reports something', () => {
  it('asks someone not signed in to sign in, then posts the task card and says who signed in', async () => {
    const vera = teamsUser('Demo User');
    const veraChat = personalChat(vera);
    const asked = await t.press(vera, veraChat, 'task.open', { taskId }, { replyToId: 'vera-notification' });
    const resume = (findInCard(asked, (n) => n.verb === 'signIn')!.data as { resume: string }).resume;
    const calls = t.connector.calls.length;
    const signedIn = await t.press(
      vera,
      veraChat,
      'signIn',
      { email: 'demo@teamflame.local', password: 'demo', resume },
      { replyToId: 'vera-notification' },
    );
    expect(cardText(signedIn)).toContain('Signed in as');
    expect(findInCard(signedIn, (n) => n.id === 'password')).toBeUndefined();
    const posted = t.connector.calls
      .slice(calls)
      .filter((c) => c.conversationId === veraChat.id && (c.kind === 'send' || c.kind === 'reply'));
    expect(posted).toHaveLength(1);
    expect(cardText(cardOf(posted[0]!))).toContain('Comment');
  });

  it('leaves a notification as it was and posts the task card as a new message', async () => {
    const followed = await t.press(anna, chat, 'subscribe', { boardId });
    expect(cardText(followed)).toContain('now gets a card for every change');
    // A change made directly in TeamFlame, found by the poll, arrives as a notification.
    const ivan = await t.sandboxCall<{ tokens: { accessToken: { token: string } } }>('/auth/sign-in', {
      body: { email: 'ivan.petrov@teamflame.local', password: 'demo' },
    });
    const before = t.connector.calls.length;
    await fetch(`${t.sandbox.url}/comment/create`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${ivan.tokens.accessToken.token}`,
      },
      body: JSON.stringify({ task: taskId, text: 'Иван оставил комментарий' }),
    });
    await t.app.scheduler.tick();
    const notification = await t.connector.waitFor(
      (c) =>
        t.connector.calls.indexOf(c) >= before &&
        c.conversationId === chat.id &&
        (c.kind === 'send' || c.kind === 'reply') &&
        cardText(c.body).includes('Иван оставил комментарий'),
    );
    const notificationId = notification.assignedId!;
    const open = findInCard(cardOf(notification), (n) => n.verb === 'task.open')!;

    const calls = t.connector.calls.length;
    const response = await postActivity(
      t.url,
      cardActionInvoke({
        serviceUrl: t.connector.url,
        from: anna,
        conversation: chat,
        verb: 'task.open',
        data: open.data as Record<string, unknown>,
        replyToId: notificationId,
      }),
    );
    // A message answer: Teams leaves the notification card as it was.
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      statusCode: 200,
      type: 'application/vnd.microsoft.activity.message',
      value: expect.any(String),
    });
    const posted = t.connector.calls
      .slice(calls)
      .filter((c) => c.conversationId === chat.id && (c.kind === 'send' || c.kind === 'reply'));
    expect(posted).toHaveLength(1);
    expect(
      findInCard(cardOf(posted[0]!), (n) => (n.data as { dialog?: string } | undefined)?.dialog === 'move'),
    ).toBeDefined();
    expect(t.connector.calls.slice(calls).filter((c) => c.activityId === notificationId)).toEqual([]);
    // Later changes redraw the new task card, never the notification.
    const copies = (await t.db.database.sentCards.forTask(taskId)).map((c) => c.activityId);
    expect(copies).toContain(posted[0]!.assignedId);
    expect(copies).not.toContain(notificationId);
  });
});
