// Changes made directly in TeamFlame (the sandbox) reach a conversation that follows the board.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  actionData,
  cardOf,
  cardText,
  findInCard,
  startAppUnderTest,
  type AppUnderTest,
} from '../test-support/app-under-test.js';
import type { RecordedCall } from '../test-support/connector.js';
import { channel, personalChat, teamsUser } from '../test-support/teams-activities.js';

let t: AppUnderTest;
const anna = teamsUser('Demo User');
const general = channel('General');
let boardId = '';
let ivanToken = '';

async function asIvan<T>(path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${t.sandbox.url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${ivanToken}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return (await response.json()) as T;
}

/** Notification cards posted to the channel (proactive sends, whatever the connector path). */
const isNotification = (c: RecordedCall) =>
  c.conversationId === general.id &&
  (c.kind === 'send' || c.kind === 'reply') &&
  JSON.stringify(c.body).includes(': changes');
const channelCards = () => t.connector.calls.filter(isNotification);

async function nextChannelCard(before: number): Promise<RecordedCall> {
  return t.connector.waitFor((c) => isNotification(c) && channelCards().indexOf(c) >= before, 10_000);
}

beforeAll(async () => {
  t = await startAppUnderTest({ env: { POLL_INTERVAL_SECONDS: '1' } });
  await t.install(anna, general);
  await t.install(anna, personalChat(anna));
  await t.press(anna, general, 'signIn', { email: 'demo@teamflame.local', password: 'demo' });
  const picker = await t.press(anna, general, 'boards.pick', {});
  boardId = (
    findInCard(picker, (n) => n.id === 'boardId')!.choices as { title: string; value: string }[]
  ).find((c) => c.title.endsWith('Спринт 14'))!.value;
  const signed = await t.sandboxCall<{ tokens: { accessToken: { token: string } } }>('/auth/sign-in', {
    body: { email: 'ivan.petrov@teamflame.local', password: 'demo' },
  });
  ivanToken = signed.tokens.accessToken.token;
});
afterAll(() => t?.close());

describe('notifications', () => {
  it('follows a board from its card', async () => {
    const board = await t.press(anna, general, 'board.show', { boardId });
    const followed = await t.press(anna, general, 'subscribe', actionData(board, 'subscribe'));
    expect(cardText(followed)).toContain('now gets a card for every change');
    // The card it answers with shows the follow state: following, how, and a way to stop.
    expect(cardText(followed)).toContain('Following ✓: every change at once');
    expect(actionData(followed, 'unsubscribe')).toEqual({ boardId });
    expect(cardText(board)).not.toContain('Following ✓');
    expect((await t.db.database.subscriptions.forConversation(general.id)).map((s) => s.boardId)).toEqual([
      boardId,
    ]);
  });

  it('delivers each kind of change, made directly in TeamFlame, within two poll intervals', async () => {
    const columns = await asIvan<
      { id: string; name: string; tasks: { id: string; name: string; spaceId: string; users: string[] }[] }[]
    >(`/column/getByBoardOneLayer/${boardId}`);
    const demo = t.sandbox.demoUsers.find((u) => u.email === 'demo@teamflame.local')!;
    // A task Demo is not assigned to yet, so assigning Demo is a change.
    const task = columns[1]!.tasks.find((candidate) => !candidate.users.includes(demo.id))!;
    const full = await asIvan<Record<string, unknown>>(`/task/${task.id}`);
    await asIvan(`/task/change-column/${task.id}`, { columnId: columns[3]!.id, location: task.spaceId });
    await asIvan(`/task/update/${task.id}`, {
      ...full,
      columnId: columns[3]!.id,
      users: [...task.users, demo.id],
      endDate: '2031-02-03T18:00:00',
    });
    await asIvan('/comment/create', { task: task.id, text: 'Проверил, всё работает' });
    await asIvan('/task/create', {
      name: 'Created directly in TeamFlame',
      columnId: columns[0]!.id,
      boardId,
      location: task.spaceId,
    });

    const before = channelCards().length;
    await t.app.scheduler.start();
    const call = await nextChannelCard(before);
    // The channel is an English Teams (the activities' default locale), so these are the English sentences
    // of notify.*; that the card follows the conversation's language, not the reader's, is
    // conversation-language.test.ts.
    const text = cardText(cardOf(call));
    expect(text).toContain(`moved from ${columns[1]!.name} to ${columns[3]!.name}`);
    expect(text).toContain('Created directly in TeamFlame');
    expect(text).toContain('due date set to Feb 3, 2031');
    expect(text).toContain('commented on');
    expect(text).toContain(': Проверил, всё работает');
    expect(text).toContain(`“${task.name}”: assigned Demo User`);

    const personal = await t.connector.waitFor(
      (c) =>
        c.conversationId === personalChat(anna).id && JSON.stringify(c.body).includes('You were assigned'),
      5000,
    );
    expect(cardText(cardOf(personal))).toContain(task.name);
  });

  it('groups 50 changes found by one poll into one card', async () => {
    await new Promise((r) => setTimeout(r, 1200)); // let the previous round settle
    const columns = await asIvan<{ id: string; tasks: { spaceId: string }[] }[]>(
      `/column/getByBoardOneLayer/${boardId}`,
    );
    const before = channelCards().length;
    await t.app.scheduler.stop();
    for (let i = 0; i < 50; i++)
      await asIvan('/task/create', { name: `Bulk ${i}`, columnId: columns[0]!.id, boardId });
    await t.app.scheduler.tick();
    expect(channelCards()).toHaveLength(before + 1);
    const card = cardOf(channelCards().at(-1)!);
    expect(cardText(card)).toContain('and 35 more changes');
  });

  it('lists what the conversation follows', async () => {
    const list = await t.say(anna, general, 'subscriptions', { mentionBot: true });
    expect(cardText(list)).toContain('Спринт 14');
    // With its space / project path and how its changes arrive.
    expect(cardText(list)).toMatch(/• Спринт 14 \(.+ \/ .+\): every change at once/);
    expect(actionData(list, 'unsubscribe')).toEqual({ boardId });
  });

  it('stops after unsubscribing', async () => {
    const board = await t.press(anna, general, 'board.show', { boardId });
    await t.press(anna, general, 'unsubscribe', { boardId: actionData(board, 'subscribe').boardId });
    const columns = await asIvan<{ id: string }[]>(`/column/getByBoardOneLayer/${boardId}`);
    const before = channelCards().length;
    await asIvan('/task/create', { name: 'Nobody hears this', columnId: columns[0]!.id, boardId });
    await t.app.scheduler.tick();
    expect(channelCards()).toHaveLength(before);
  });
});

describe('when nobody who follows a board is signed in any more', () => {
  it('tells the conversation once how to renew', async () => {
    await t.press(anna, general, 'subscribe', { boardId });
    await t.say(anna, general, 'sign out', { mentionBot: true });
    const renewals = () =>
      t.connector.calls.filter(
        (c) =>
          c.conversationId === general.id &&
          JSON.stringify(c.body).includes('stopped: nobody who follows it'),
      );
    await t.app.scheduler.tick();
    await t.app.scheduler.tick();
    expect(renewals()).toHaveLength(1);
    expect(JSON.stringify(renewals()[0]!.body)).toContain('Notifications for Спринт 14 stopped');
    await t.press(anna, general, 'signIn', { email: 'demo@teamflame.local', password: 'demo' });
  });
});
