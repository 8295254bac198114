// The one "task changed" path: a change made in the tab reaches the chat's copy of the task's card.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardOf, findInCard, startAppUnderTest, type AppUnderTest } from '../test-support/app-under-test.js';
import { channel, personalChat, teamsUser } from '../test-support/teams-activities.js';

let t: AppUnderTest;
const demo = { email: 'demo@teamflame.local', password: 'demo' };

beforeAll(async () => {
  t = await startAppUnderTest();
});
afterAll(() => t?.close());

/** The column a task card shows, from its "board / column" line. */
function columnShown(card: unknown): string | undefined {
  const place = findInCard(card, (n) => n.type === 'TextBlock' && n.isSubtle === true && n.size === 'Small');
  return String(place?.text ?? '')
    .split(' / ')
    .at(-1);
}

async function tabSession(): Promise<string> {
  const response = await fetch(`${t.url}/api/auth/signin`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(demo),
  });
  return ((await response.json()) as { sessionToken: string }).sessionToken;
}

describe('a change made in the tab', () => {
  it("redraws every chat's copy of the task card, each in its conversation's language", async () => {
    const anna = teamsUser('Anna');
    const chat = personalChat(anna);
    const russianChannel = channel('Russian');
    await t.press(anna, chat, 'signIn', demo);
    const picker = await t.press(anna, chat, 'boards.pick', {});
    const boardId = (findInCard(picker, (n) => n.id === 'boardId')!.choices as { value: string }[])[0]!.value;

    const token = await tabSession();
    const board = (await (
      await fetch(`${t.url}/api/boards/${boardId}`, { headers: { authorization: `Bearer ${token}` } })
    ).json()) as { columns: { id: string; name: string; tasks: { id: string }[] }[] };
    const from = board.columns.find((c) => c.tasks.length > 0)!;
    const to = board.columns.find((c) => c.id !== from.id)!;
    const taskId = from.tasks[0]!.id;

    // The task card, shown in the personal chat and in a Russian channel.
    await t.press(anna, chat, 'task.show', { taskId }, { replyToId: 'card-in-chat' });
    await t.install(anna, russianChannel, 'ru-RU');
    await t.press(
      anna,
      russianChannel,
      'task.show',
      { taskId },
      { replyToId: 'card-in-channel', locale: 'ru-RU' },
    );

    const moved = await fetch(`${t.url}/api/tasks/${taskId}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ columnId: to.id }),
    });
    expect(moved.status).toBe(200);

    const inChat = await t.connector.waitFor(
      (c) => c.kind === 'update' && c.activityId === 'card-in-chat',
      5000,
    );
    const chatCard = cardOf(inChat);
    expect(columnShown(chatCard)).toBe(to.name);
    expect(findInCard(chatCard, (n) => n.text === 'Assignees')).toBeDefined();
    const inChannel = await t.connector.waitFor(
      (c) => c.kind === 'update' && c.activityId === 'card-in-channel',
      5000,
    );
    const channelCard = cardOf(inChannel);
    expect(columnShown(channelCard)).toBe(to.name);
    expect(findInCard(channelCard, (n) => n.text === 'Исполнители')).toBeDefined();
    expect(findInCard(channelCard, (n) => n.text === 'Assignees')).toBeUndefined();
  });
});

describe('a change made elsewhere in TeamFlame', () => {
  it("redraws the chat's copy of the task card once a poll finds it", async () => {
    const vera = teamsUser('Vera');
    const team = channel('Followers');
    await t.install(vera, team);
    await t.press(vera, team, 'signIn', demo);
    const picker = await t.press(vera, team, 'boards.pick', {});
    const boardId = (findInCard(picker, (n) => n.id === 'boardId')!.choices as { value: string }[])[0]!.value;
    await t.press(vera, team, 'subscribe', { boardId });

    const { tokens } = await t.sandboxCall<{ tokens: { accessToken: { token: string } } }>('/auth/sign-in', {
      body: demo,
    });
    const asDemo = {
      authorization: `Bearer ${tokens.accessToken.token}`,
      'content-type': 'application/json',
    };
    const columns = (await (
      await fetch(`${t.sandbox.url}/column/getByBoardOneLayer/${boardId}`, { headers: asDemo })
    ).json()) as { id: string; name: string; tasks: { id: string; spaceId: string }[] }[];
    const from = columns.find((c) => c.tasks.length > 0)!;
    const to = columns.find((c) => c.id !== from.id)!;
    const task = from.tasks[0]!;
    await t.press(vera, team, 'task.show', { taskId: task.id }, { replyToId: 'card-in-team' });

    await fetch(`${t.sandbox.url}/task/change-column/${task.id}`, {
      method: 'POST',
      headers: asDemo,
      body: JSON.stringify({ columnId: to.id, location: task.spaceId }),
    });
    await t.app.scheduler.tick();
    const updated = await t.connector.waitFor(
      (c) => c.kind === 'update' && c.activityId === 'card-in-team',
      5000,
    );
    expect(columnShown(cardOf(updated))).toBe(to.name);
  });
});
