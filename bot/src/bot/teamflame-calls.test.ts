// TeamFlame calls per operation, read from the sandbox's request log, pinned so they cannot creep back: real
// TeamFlame is far from an Azure region and every call is 50–150 ms somebody waits. A board's surroundings
// (its name, columns, space and people) are kept per account for a few seconds; this app's own writes drop
// what they change, and a Refresh reads afresh.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cardText,
  dialogForm,
  findInCard,
  startAppUnderTest,
  type AppUnderTest,
  type Card,
} from '../test-support/app-under-test.js';
import { personalChat, teamsUser } from '../test-support/teams-activities.js';

let t: AppUnderTest;
const anna = teamsUser('Demo User');
const chat = personalChat(anna);
let boardId = '';
let taskId = '';
let columns: { id: string; name: string }[] = [];

type LoggedRequest = { method: string; path: string };

/** The TeamFlame requests the app made while `work` ran, in order. */
async function callsDuring(work: () => Promise<unknown>): Promise<string[]> {
  await t.sandboxCall('/__sandbox/requests', { method: 'DELETE' });
  await work();
  const log = await t.sandboxCall<LoggedRequest[]>('/__sandbox/requests');
  return log.map((r) => `${r.method} ${r.path}`);
}

const duplicates = (calls: string[]) => calls.filter((call, i) => calls.indexOf(call) !== i);

/** A request to TeamFlame made as the demo user directly (a read, or a change made elsewhere). */
async function asDemoInTeamFlame<T>(path: string, body?: unknown): Promise<T> {
  const signIn = await t.sandboxCall<{ tokens: { accessToken: { token: string } } }>('/auth/sign-in', {
    body: { email: 'demo@teamflame.local', password: 'demo' },
  });
  const response = await fetch(`${t.sandbox.url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      authorization: `Bearer ${signIn.tokens.accessToken.token}`,
      'content-type': 'application/json',
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  expect(response.status).toBeLessThan(300);
  return (await response.json()) as T;
}

async function tabSession(): Promise<
  (path: string, init?: { method?: string; body?: unknown }) => Promise<unknown>
> {
  const signIn = await fetch(`${t.url}/api/auth/signin`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'demo@teamflame.local', password: 'demo' }),
  });
  const { sessionToken } = (await signIn.json()) as { sessionToken: string };
  return async (path, init = {}) => {
    const response = await fetch(`${t.url}${path}`, {
      method: init.method ?? 'GET',
      headers: { authorization: `Bearer ${sessionToken}`, 'content-type': 'application/json' },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    expect(response.status).toBe(200);
    return response.json();
  };
}

const columnShown = (card: Card) =>
  findInCard(card, (n) => n.type === 'Action.Execute' && n.verb === 'refresh') ? cardText(card) : '';

beforeAll(async () => {
  t = await startAppUnderTest();
  await t.install(anna, chat);
  await t.press(anna, chat, 'signIn', { email: 'demo@teamflame.local', password: 'demo' });
  const picker = await t.press(anna, chat, 'boards.pick', {});
  const choices = findInCard(picker, (n) => n.id === 'boardId')!.choices as {
    title: string;
    value: string;
  }[];
  boardId = choices.find((c) => c.title.endsWith('Спринт 14'))!.value;
  const board = await t.press(anna, chat, 'board.show', { boardId });
  taskId = String(
    (
      findInCard(board, (n) => n.type === 'Action.Execute' && n.verb === 'task.open')!.data as {
        taskId: string;
      }
    ).taskId,
  );
  columns = await asDemoInTeamFlame<{ id: string; name: string }[]>(`/column/getByBoard/${boardId}`);
}, 60_000);
afterAll(() => t?.close());

describe('TeamFlame calls', () => {
  it('a board card: the whole board in one call, with its name and place once; then the board alone', async () => {
    const other = teamsUser('Other');
    await t.press(other, personalChat(other), 'signIn', {
      email: 'maria.ivanova@teamflame.local',
      password: 'demo',
    });
    const first = await callsDuring(() => t.press(other, personalChat(other), 'board.show', { boardId }));
    expect(duplicates(first)).toEqual([]);
    expect(first.filter((c) => c.includes(boardId))).toEqual([
      `GET /board/${boardId}`,
      `GET /column/getByBoardOneLayer/${boardId}`,
    ]);
    const steady = await callsDuring(() => t.press(other, personalChat(other), 'board.show', { boardId }));
    expect(steady).toEqual([`GET /column/getByBoardOneLayer/${boardId}`]);
  });

  it('a task card: its task, board, columns, space and people once each; then the task alone', async () => {
    const other = teamsUser('Another');
    await t.press(other, personalChat(other), 'signIn', {
      email: 'john.smith@teamflame.local',
      password: 'demo',
    });
    const first = await callsDuring(() => t.press(other, personalChat(other), 'task.show', { taskId }));
    expect(duplicates(first)).toEqual([]);
    expect(first.slice(0, 1)).toEqual([`GET /task/${taskId}`]);
    const steady = await callsDuring(() => t.press(other, personalChat(other), 'task.show', { taskId }));
    expect(steady).toEqual([`GET /task/${taskId}`]);
  });

  it('a move in the dialog: the task and the change of column; the card it came from is redrawn without reading', async () => {
    const card = await t.press(anna, chat, 'task.show', { taskId }, { replyToId: 'calls-card' });
    const opener = findInCard(card, (n) => (n.data as { dialog?: string } | undefined)?.dialog === 'move')!;
    const formCalls = await callsDuring(async () =>
      dialogForm(
        await t.dialog(anna, chat, 'task/fetch', opener.data as Record<string, unknown>, {
          replyToId: 'calls-card',
        }),
      ),
    );
    expect(formCalls).toEqual([`GET /task/${taskId}`]);
    const current = (await t.sandboxTask(taskId)).columnId;
    const target = columns.find((c) => c.id !== current)!;
    const before = t.connector.calls.length;
    let redrawn: Card = {};
    const calls = await callsDuring(async () => {
      const update = t.connector.waitFor(
        (c) => t.connector.calls.indexOf(c) >= before && c.kind === 'update' && c.activityId === 'calls-card',
      );
      expect(
        await t.dialog(anna, chat, 'task/submit', {
          dialog: 'move',
          taskId,
          columnId: target.id,
          actionId: 'm1',
        }),
      ).toBeUndefined();
      redrawn = (await update).body.attachments
        ? ((await update).body.attachments as { content: Card }[])[0]!.content
        : {};
    });
    expect(calls).toEqual([`GET /task/${taskId}`, `POST /task/change-column/${taskId}`]);
    expect(cardText(redrawn)).toContain(target.name);
    expect((await t.sandboxTask(taskId)).columnId).toBe(target.id);
  });

  it('a move in the tab: the task and the change of column, answered without reading the board again', async () => {
    const tab = await tabSession();
    await tab(`/api/boards/${boardId}`);
    const current = (await t.sandboxTask(taskId)).columnId;
    const target = columns.find((c) => c.id !== current)!;
    let answer: unknown;
    const calls = await callsDuring(async () => {
      answer = await tab(`/api/tasks/${taskId}`, { method: 'PATCH', body: { columnId: target.id } });
    });
    expect(calls).toEqual([`GET /task/${taskId}`, `POST /task/change-column/${taskId}`]);
    expect(answer).toMatchObject({ id: taskId, columnId: target.id });
    expect((await t.sandboxTask(taskId)).columnId).toBe(target.id);
  });
});

describe('what is kept stays correct', () => {
  it('a column renamed through the app shows on the next card at once', async () => {
    const tab = await tabSession();
    const task = await t.sandboxTask(taskId);
    await t.press(anna, chat, 'task.show', { taskId }); // the columns are kept now
    await tab(`/api/boards/${boardId}/columns/${task.columnId}`, {
      method: 'PATCH',
      body: { name: 'Renamed in the tab' },
    });
    expect(cardText(await t.press(anna, chat, 'task.show', { taskId }))).toContain('Renamed in the tab');
  });

  it('a column renamed elsewhere in TeamFlame shows after a Refresh, which reads afresh', async () => {
    const task = await t.sandboxTask(taskId);
    await t.press(anna, chat, 'task.show', { taskId }); // the columns are kept now
    const column = (
      await asDemoInTeamFlame<{ id: string; name: string }[]>(`/column/getByBoard/${boardId}`)
    ).find((c) => c.id === task.columnId)!;
    await asDemoInTeamFlame(`/column/update/${column.id}`, { ...column, name: 'Renamed elsewhere' });
    const refreshed = await t.press(anna, chat, 'refresh', { view: 'task', id: taskId });
    expect(columnShown(refreshed)).toContain('Renamed elsewhere');
  });
});
