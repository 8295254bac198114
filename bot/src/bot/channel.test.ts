// A channel: @mention commands, a shared task card used by several people, each acting as themselves.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  actionData,
  cardText,
  dialogForm,
  findInCard,
  startAppUnderTest,
  type AppUnderTest,
} from '../test-support/app-under-test.js';
import {
  channel,
  personalChat,
  postActivity,
  teamsUser,
  uninstallActivity,
} from '../test-support/teams-activities.js';

let t: AppUnderTest;
beforeAll(async () => {
  t = await startAppUnderTest();
});
afterAll(() => t?.close());

describe('in a channel', () => {
  const anna = teamsUser('Demo User');
  const ivan = teamsUser('Иван Петров');
  const guest = teamsUser('Guest Without Sign-in');
  const general = channel('General');

  it('answers an @mention command, and shares a task card that others act on with their own tokens', async () => {
    await t.install(anna, general);
    await t.press(anna, general, 'signIn', { email: 'demo@teamflame.local', password: 'demo' });
    await t.press(ivan, general, 'signIn', { email: 'ivan.petrov@teamflame.local', password: 'demo' });

    const picker = await t.say(anna, general, 'boards', { mentionBot: true });
    const choices = findInCard(picker, (n) => n.id === 'boardId')!.choices as {
      title: string;
      value: string;
    }[];
    const boardId = choices.find((c) => c.title.endsWith('Спринт 14'))!.value;
    await t.press(anna, general, 'board.show', { boardId });

    // Anna also has the task open in her personal chat: that copy must follow the change.
    const annaChat = personalChat(anna);
    const board = await t.press(anna, general, 'board.show', { boardId });
    const taskId = String(actionData(board, 'task.open').taskId);
    await t.press(anna, annaChat, 'task.show', { taskId }, { replyToId: 'anna-personal-card' });

    const shared = await t.press(anna, general, 'task.show', { taskId }, { replyToId: 'channel-card' });
    expect(cardText(shared)).toContain('Move');
    expect((shared.refresh as { userIds: string[] }).userIds).toEqual([anna.id]);

    // Ivan moves it from the shared card, in a dialog that is his alone.
    await t.sandboxCall('/__sandbox/requests', { method: 'DELETE' });
    const opener = findInCard(
      shared,
      (n) => n.type === 'Action.Submit' && (n.data as { dialog?: string }).dialog === 'move',
    )!.data as Record<string, unknown>;
    const form = dialogForm(
      await t.dialog(ivan, general, 'task/fetch', opener, { replyToId: 'channel-card' }),
    );
    const columnSet = findInCard(form, (n) => n.id === 'columnId')!;
    const target = (columnSet.choices as { value: string; title: string }[]).find(
      (c) => c.value !== columnSet.value,
    )!;
    const submit = findInCard(form, (n) => n.type === 'Action.Submit')!.data as Record<string, unknown>;
    const calls = t.connector.calls.length;
    expect(
      await t.dialog(ivan, general, 'task/submit', { ...submit, columnId: target.value }),
    ).toBeUndefined();
    const inChannel = await t.connector.waitFor(
      (c) => t.connector.calls.indexOf(c) >= calls && c.kind === 'update' && c.activityId === 'channel-card',
    );
    expect(JSON.stringify(inChannel.body)).toContain(target.title);

    const log =
      await t.sandboxCall<{ method: string; path: string; email?: string }[]>('/__sandbox/requests');
    const change = log.find((r) => r.path === `/task/change-column/${taskId}`)!;
    expect(change.email).toBe('ivan.petrov@teamflame.local');

    const update = await t.connector.waitFor(
      (c) => c.kind === 'update' && c.activityId === 'anna-personal-card',
    );
    expect(JSON.stringify(update.body)).toContain(target.title);
  });

  it('gives a member who has not signed in the sign-in card, in the answer to them only', async () => {
    const card = await t.press(
      guest,
      general,
      'task.show',
      { taskId: '65f000000000000000000099' },
      { replyToId: 'channel-card' },
    );
    expect(findInCard(card, (n) => n.id === 'password' && n.style === 'Password')).toBeDefined();
    const resume = actionData(card, 'signIn').resume;
    expect(JSON.parse(String(resume))).toEqual({
      verb: 'task.show',
      data: { taskId: '65f000000000000000000099' },
    });
  });

  it('never puts a sign-in form into the channel itself', async () => {
    const card = await t.say(guest, general, 'board', { mentionBot: true });
    expect(findInCard(card, (n) => n.id === 'password')).toBeUndefined();
    expect(actionData(card, 'signIn.start')).toEqual({});
  });

  it('stops sending to the channel when the app is removed from it', async () => {
    const response = await postActivity(
      t.url,
      uninstallActivity({ serviceUrl: t.connector.url, from: anna, conversation: general }),
    );
    expect(response.status).toBe(200);
    expect((await t.db.database.conversations.get(general.id))?.installed).toBe(false);
  });
});
