// What people type stays what they typed, on every surface: text with markup characters, quotes and line
// breaks, typed in a chat form or in the tab, reaches TeamFlame (the sandbox) as rich text that reads as
// exactly that text, and reads back the same on the task card, in the tab API and in a notification.
import type { TabTask } from '@teamflame/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  actionData,
  cardOf,
  dialogForm,
  findInCard,
  startAppUnderTest,
  type AppUnderTest,
  type Card,
} from '../test-support/app-under-test.js';
import { renderOfficially, shownTextBlocks } from '../test-support/cards/official-parser.js';
import { channel, personalChat, teamsUser } from '../test-support/teams-activities.js';
import { toPlainText } from '../teamflame/index.js';

/** A description as a person types it: markup characters, an entity, quotes, a line break, a paragraph. */
const DESCRIPTION =
  'Fix the <Button> component & "quotes" it\'s\nsecond line: 1 < 2 > 0\n\nA new paragraph with &amp; kept';
const COMMENT = 'Looks <b>fine</b> & done\n"second" line with \'single\' quotes';

let t: AppUnderTest;
const user = teamsUser('Demo User');
const chat = personalChat(user);
let boardId = '';
let columnId = '';
let sessionToken = '';

async function api<T>(path: string, init: { method?: string; body?: unknown } = {}) {
  const response = await fetch(`${t.url}${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: { 'content-type': 'application/json', authorization: `Bearer ${sessionToken}` },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  expect(response.status, path).toBeLessThan(300);
  return (await response.json()) as T;
}

/** The task as TeamFlame holds it, its rich text read as text. */
async function storedText(taskId: string) {
  const task = await t.sandboxTask(taskId);
  return {
    descriptionHtml: task.description,
    description: toPlainText(task.description),
    comments: task.comments.map((c) => toPlainText(c.text)),
  };
}

/** What the tab is given, read as the tab reads it. */
async function tabText(taskId: string) {
  const task = await api<TabTask>(`/api/tasks/${taskId}`);
  return {
    descriptionText: task.descriptionText,
    descriptionHtml: toPlainText(task.descriptionHtml),
    comments: (task.comments ?? []).map((c) => toPlainText(c.textHtml)),
  };
}

beforeAll(async () => {
  t = await startAppUnderTest();
  await t.install(user, chat);
  await t.press(user, chat, 'signIn', { email: 'demo@teamflame.local', password: 'demo' });
  const signIn = await fetch(`${t.url}/api/auth/signin`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'demo@teamflame.local', password: 'demo' }),
  });
  sessionToken = ((await signIn.json()) as { sessionToken: string }).sessionToken;
  const boards = await api<{ id: string; name: string }[]>('/api/boards');
  boardId = boards.find((b) => b.name === 'Спринт 14')!.id;
  const form = await t.press(user, chat, 'task.new', { boardId });
  columnId = String(findInCard(form, (n) => n.id === 'columnId')!.value);
});
afterAll(() => t?.close());

/** What the task card's button that opens this dialog sends. */
function dialogButton(card: Card, dialog: string): Record<string, unknown> {
  return findInCard(
    card,
    (n) => n.type === 'Action.Submit' && (n.data as { dialog?: string } | undefined)?.dialog === dialog,
  )!.data as Record<string, unknown>;
}

/** The description the Edit dialog of this task card shows in its field. */
async function descriptionInEditDialog(card: Card): Promise<unknown> {
  const form = dialogForm(await t.dialog(user, chat, 'task/fetch', dialogButton(card, 'edit')));
  return findInCard(form, (n) => n.id === 'description')!.value;
}

describe('typed in chat', () => {
  let taskId = '';
  let card: Card;

  it('a description from the new-task form reaches TeamFlame escaped, reading as typed', async () => {
    const form = await t.press(user, chat, 'task.new', { boardId });
    card = await t.press(user, chat, 'task.create', {
      ...actionData(form, 'task.create'),
      name: 'Typed in chat',
      columnId,
      description: DESCRIPTION,
    });
    taskId = String(dialogButton(card, 'comment').taskId);
    const stored = await storedText(taskId);
    expect(stored.descriptionHtml).toContain('Fix the &lt;Button&gt; component &amp; &quot;quotes&quot;');
    expect(stored.descriptionHtml).not.toContain('<Button>');
    expect(stored.description).toBe(DESCRIPTION);
  });

  it('is what the Edit dialog starts from, with the same characters and line breaks', async () => {
    expect(await descriptionInEditDialog(card)).toBe(DESCRIPTION);
  });

  it('a comment from the task card reaches TeamFlame, and reads back on the card and in the tab', async () => {
    const form = dialogForm(await t.dialog(user, chat, 'task/fetch', dialogButton(card, 'comment')));
    const submit = findInCard(form, (n) => n.type === 'Action.Submit')!.data as Record<string, unknown>;
    expect(await t.dialog(user, chat, 'task/submit', { ...submit, comment: COMMENT })).toBeUndefined();
    expect((await storedText(taskId)).comments.at(-1)).toBe(COMMENT);
    const commented = await t.press(user, chat, 'task.show', { taskId });
    expect(shownTextBlocks(commented)).toContain(COMMENT);
    expect(await tabText(taskId)).toEqual({
      descriptionText: DESCRIPTION,
      descriptionHtml: DESCRIPTION,
      comments: [COMMENT],
    });
  });
});

describe('typed in the tab', () => {
  let taskId = '';

  it('creates a task whose description reads as typed, in TeamFlame and in the answer', async () => {
    const created = await api<TabTask>(`/api/boards/${boardId}/tasks`, {
      body: { name: 'Typed in the tab', columnId, description: DESCRIPTION },
    });
    taskId = created.id;
    expect(created.descriptionText).toBe(DESCRIPTION);
    expect(toPlainText(created.descriptionHtml)).toBe(DESCRIPTION);
    expect(created.descriptionHtml).toContain('&lt;Button&gt;');
    expect((await storedText(taskId)).description).toBe(DESCRIPTION);
  });

  it('edits the description, and saving the text it was given back changes nothing (no double escaping)', async () => {
    const edited = `${DESCRIPTION}\nedited <i>here</i>`;
    const answer = await api<TabTask>(`/api/tasks/${taskId}`, {
      method: 'PATCH',
      body: { description: edited },
    });
    expect(answer.descriptionText).toBe(edited);
    const stored = await storedText(taskId);
    expect(stored.description).toBe(edited);
    const again = await api<TabTask>(`/api/tasks/${taskId}`, {
      method: 'PATCH',
      body: { description: answer.descriptionText },
    });
    expect(again.descriptionText).toBe(edited);
    expect((await storedText(taskId)).descriptionHtml).toBe(stored.descriptionHtml);
  });

  it('comments as typed; the answer gives the comment as HTML, never "&amp;" as text', async () => {
    const answer = await api<TabTask>(`/api/tasks/${taskId}/comments`, { body: { text: COMMENT } });
    const comment = answer.comments!.at(-1)!;
    expect(comment.textHtml).toContain('Looks &lt;b&gt;fine&lt;/b&gt; &amp; done<br />');
    expect(toPlainText(comment.textHtml)).toBe(COMMENT);
    expect((await storedText(taskId)).comments.at(-1)).toBe(COMMENT);
  });

  it('reads back the same in chat: the comment on the task card, the description in its Edit dialog', async () => {
    const card = await t.press(user, chat, 'task.show', { taskId });
    expect(shownTextBlocks(card)).toContain(COMMENT);
    expect(await descriptionInEditDialog(card)).toBe(`${DESCRIPTION}\nedited <i>here</i>`);
  });
});

describe('a notification quoting a comment', () => {
  it('shows "<img src=x>" as text, on one line, and no image', async () => {
    const task = await api<TabTask>(`/api/boards/${boardId}/tasks`, {
      body: { name: 'Quoted', columnId },
    });
    // Followed after the task exists: the comment is then the one change the next poll finds.
    const general = channel('General');
    await t.install(user, general);
    await t.press(user, general, 'subscribe', { boardId });
    const before = t.connector.calls.length;
    await api(`/api/tasks/${task.id}/comments`, { body: { text: '<img src=x>\nand more' } });
    const call = await t.connector.waitFor(
      (c) =>
        t.connector.calls.indexOf(c) >= before &&
        c.conversationId === general.id &&
        JSON.stringify(c.body).includes('commented on'),
    );
    const card = cardOf(call);
    expect(renderOfficially(card).querySelectorAll('img')).toHaveLength(0);
    expect(shownTextBlocks(card)).toContain('Demo User commented on “Quoted”: <img src=x> and more');
  });
});
