// Notifications as a team lives with them: each line names who made a change made through the app, nobody
// hears about their own change, a channel @mentions who was assigned, a digest comes once per period grouped
// by task, and a person can follow their own tasks across boards. Changes are made the way people make
// them: in Teams dialogs (the app), and directly in TeamFlame (the sandbox, as Ivan).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
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
import type { RecordedCall } from '../test-support/connector.js';
import { channel, personalChat, teamsUser, type ConversationSpec } from '../test-support/teams-activities.js';

let t: AppUnderTest;
const anna = teamsUser('Anna Teams');
const ivan = teamsUser('Ivan Teams');
const annasChat = personalChat(anna);
const ivansChat = personalChat(ivan);
const general = channel('General');
const russian = channel('Russian');
const digestChannel = channel('Digest');
let boardId = '';
let ids: { demo: string; ivan: string; maria: string };

interface SandboxColumn {
  id: string;
  name: string;
  tasks: { id: string; name: string; spaceId: string; users: string[]; endDate?: string }[];
}

/** Ivan, directly in TeamFlame (not through the app). */
function asIvan<T>(path: string, body?: unknown): Promise<T> {
  return t.sandboxCall<T>(path, { body, as: 'ivan.petrov@teamflame.local' });
}

const columns = () => asIvan<SandboxColumn[]>(`/column/getByBoardOneLayer/${boardId}`);

/** Maria, directly in TeamFlame. */
function asMaria<T>(path: string, body: unknown): Promise<T> {
  return t.sandboxCall<T>(path, { body, as: 'maria.ivanova@teamflame.local' });
}

/** A board of its own in a new space Maria makes, shared with `invited`, with these columns. */
async function newSharedBoard(name: string, invited: string, columnNames: string[]) {
  const space = await asMaria<{ id: string }>('/space/create', { name, invites: [invited] });
  const project = await asMaria<{ id: string }>('/project/create', { name, space: space.id });
  const board = await asMaria<{ id: string }>('/board/create', {
    name,
    spaceId: space.id,
    projectId: project.id,
  });
  const boardColumns: { id: string }[] = [];
  for (const column of columnNames)
    boardColumns.push(await asMaria<{ id: string }>('/column/create', { name: column, boardId: board.id }));
  return { id: board.id, columns: boardColumns };
}

/** Cards sent to a conversation from call number `since` on (updates in place not counted). */
const cardsTo = (conversation: ConversationSpec, since: number): Card[] =>
  t.connector.calls
    .slice(since)
    .filter(
      (c: RecordedCall) =>
        c.conversationId === conversation.id &&
        (c.kind === 'send' || c.kind === 'reply') &&
        c.body.attachments,
    )
    .map(cardOf);

/** The next card sent to the conversation after call number `since`. */
async function nextCardTo(conversation: ConversationSpec, since: number): Promise<Card> {
  return cardOf(
    await t.connector.waitFor(
      (c) =>
        t.connector.calls.indexOf(c) >= since &&
        c.conversationId === conversation.id &&
        (c.kind === 'send' || c.kind === 'reply') &&
        Boolean(c.body.attachments),
      15_000,
    ),
  );
}

/**
 * Edits a task in a Teams dialog, as `who` in their personal chat: the task card's button opens the dialog
 * (task/fetch), its form is submitted (task/submit) with what was typed.
 */
async function editInDialog(
  who: typeof anna,
  dialog: 'move' | 'assign' | 'comment' | 'due',
  taskId: string,
  typed: Record<string, unknown>,
): Promise<void> {
  const chat = personalChat(who);
  const replyToId = `card-${dialog}-${Math.random()}`;
  const card = await t.press(who, chat, 'task.show', { taskId }, { replyToId });
  const button = findInCard(
    card,
    (n) => n.type === 'Action.Submit' && (n.data as { dialog?: unknown } | undefined)?.dialog === dialog,
  )!;
  const form = dialogForm(
    await t.dialog(who, chat, 'task/fetch', button.data as Record<string, unknown>, { replyToId }),
  );
  const submit = findInCard(form, (n) => n.type === 'Action.Submit')!;
  const drawn: Record<string, unknown> = {};
  JSON.stringify(form, (_key, value: unknown) => {
    const node = value as { type?: unknown; id?: unknown; value?: unknown } | null;
    if (typeof node?.type === 'string' && node.type.startsWith('Input.') && typeof node.id === 'string')
      drawn[node.id] = node.value ?? '';
    return value;
  });
  const answer = await t.dialog(who, chat, 'task/submit', {
    ...drawn,
    ...(submit.data as Record<string, unknown>),
    ...typed,
  });
  expect(answer, 'the dialog closes: the write was made').toBeUndefined();
}

/** What a reader sees on a card: its TextBlocks, markdown escaping undone. */
const shown = (card: Card): string[] => {
  const found: string[] = [];
  findInCard(card, (n) => {
    if (n.type === 'TextBlock' && typeof n.text === 'string')
      found.push(n.text.replace(/\u200b/g, '').replace(/\\(?=[^\w\s])/g, ''));
    return false;
  });
  return found;
};

beforeAll(async () => {
  t = await startAppUnderTest();
  const user = (email: string) => t.sandbox.demoUsers.find((u) => u.email === email)!.id;
  ids = {
    demo: user('demo@teamflame.local'),
    ivan: user('ivan.petrov@teamflame.local'),
    maria: user('maria.ivanova@teamflame.local'),
  };
  await t.install(anna, annasChat);
  await t.press(anna, annasChat, 'signIn', { email: 'demo@teamflame.local', password: 'demo' });
  await t.install(ivan, ivansChat);
  await t.press(ivan, ivansChat, 'signIn', { email: 'ivan.petrov@teamflame.local', password: 'demo' });
  const picker = await t.press(anna, annasChat, 'boards.pick', {});
  boardId = (
    findInCard(picker, (n) => n.id === 'boardId')!.choices as { title: string; value: string }[]
  ).find((c) => c.title.endsWith('Спринт 14'))!.value;
  await t.install(anna, general);
  await t.install(anna, russian, 'ru-RU');
  await t.install(anna, digestChannel);
  // Teams lists Ivan as a member of General: he can be @mentioned there.
  t.connector.setMembers(general.id.split(';messageid=')[0]!, [{ ...ivan }]);
}, 120_000);
afterAll(() => t?.close());

describe('following a board', () => {
  it('turns "Follow here" into "Following ✓" with the delivery and Unfollow', async () => {
    const board = await t.press(anna, general, 'board.show', { boardId });
    expect(cardText(board)).toContain('Follow here');
    expect(cardText(board)).not.toContain('Following ✓');
    const followed = await t.press(anna, general, 'subscribe', {
      ...actionData(board, 'subscribe'),
      delivery: 'instant',
    });
    expect(shown(followed)).toContain('Following ✓: every change at once');
    expect(actionData(followed, 'unsubscribe')).toMatchObject({ boardId });
    // The form to change the delivery is preset to what is chosen now.
    expect(findInCard(followed, (n) => n.id === 'delivery')!.value).toBe('instant');
    await t.press(anna, russian, 'subscribe', { boardId, delivery: 'instant' }, { locale: 'ru-RU' });
    // Anna's personal chat follows the board too: its cards leave out what she did herself.
    await t.press(anna, annasChat, 'subscribe', { boardId, delivery: 'instant' });
  });
});

describe('who made a change', () => {
  it('names the person who moved a task in chat, in each conversation’s language; her own chat hears nothing', async () => {
    const [from, to] = await columns();
    const task = from!.tasks[0]!;
    const since = t.connector.calls.length;
    await editInDialog(anna, 'move', task.id, { columnId: to!.id });
    const english = await nextCardTo(general, since);
    expect(shown(english)).toContain(`Demo User moved “${task.name}” from ${from!.name} to ${to!.name}`);
    const inRussian = await nextCardTo(russian, since);
    expect(shown(inRussian)).toContain(
      `Demo User переместил(а) «${task.name}» из ${from!.name} в ${to!.name}`,
    );
    expect(shown(inRussian).join('\n')).not.toMatch(/\bmoved\b|changes|Open task/);
    await t.app.scheduler.tick();
    expect(cardsTo(annasChat, since).filter((c) => cardText(c).includes(task.name))).toEqual([]);
  });

  it('leaves a change made directly in TeamFlame unnamed, never guessed', async () => {
    const [first] = await columns();
    const since = t.connector.calls.length;
    await asIvan('/task/create', { name: 'Made in TeamFlame', columnId: first!.id, boardId });
    await t.app.scheduler.tick();
    const [card] = cardsTo(general, since);
    expect(shown(card!)).toContain(`New task “Made in TeamFlame” in ${first!.name}`);
    // Ivan did it, but TeamFlame does not say so: no name.
    expect(cardText(card)).not.toContain('Иван');
  });
});

describe('assigning', () => {
  it('sends nothing to a person who assigns themselves', async () => {
    const [, , third] = await columns();
    const task = third!.tasks.find((x) => !x.users.includes(ids.demo))!;
    const since = t.connector.calls.length;
    await editInDialog(anna, 'assign', task.id, { assigneeIds: [...task.users, ids.demo].join(',') });
    const card = await nextCardTo(general, since);
    expect(shown(card)).toContain(`Demo User assigned Demo User to “${task.name}”`);
    await t.app.scheduler.tick();
    expect(cardsTo(annasChat, since)).toEqual([]);
  });

  it('@mentions, in a channel, the assignee who is a member there, and tells them personally', async () => {
    const [, , third] = await columns();
    const task = third!.tasks.find((x) => !x.users.includes(ids.ivan))!;
    const since = t.connector.calls.length;
    await editInDialog(anna, 'assign', task.id, { assigneeIds: [...task.users, ids.ivan].join(',') });
    const card = await nextCardTo(general, since);
    expect(shown(card)).toContain(`Demo User assigned Иван Петров to “${task.name}”`);
    const entities = (card.msteams as { entities: { type: string; text: string; mentioned: unknown }[] })
      .entities;
    expect(entities).toEqual([
      { type: 'mention', text: '<at>Ivan Teams</at>', mentioned: { id: ivan.id, name: 'Ivan Teams' } },
    ]);
    // The text Teams matches the entity with is in the card as written, unescaped.
    const heads = findInCard(card, (n) => n.type === 'TextBlock' && String(n.text).includes('<at>'))!;
    expect(heads.text).toBe('<at>Ivan Teams</at>: you were assigned');
    // The Russian channel has no such member: it names Ivan, mentions nobody.
    const inRussian = await nextCardTo(russian, since);
    expect(inRussian.msteams).toBeUndefined();
    const personal = await nextCardTo(ivansChat, since);
    expect(shown(personal)).toEqual(['Your tasks on Спринт 14', `Demo User assigned you to “${task.name}”`]);
  });
});

describe('a digest', () => {
  it('is set with subscribe options, in the conversation’s time zone, and says so', async () => {
    await t.press(anna, digestChannel, 'board.show', { boardId });
    const daily = await t.say(anna, digestChannel, 'subscribe daily 9:30', {
      mentionBot: true,
      localTimezone: 'Europe/Moscow',
    });
    expect(shown(daily)).toContain('Following ✓: a daily digest at 09:30 (Europe/Moscow)');
    const row = await t.db.database.subscriptions.get(digestChannel.id, boardId);
    expect(row).toMatchObject({ delivery: 'daily', dailyAt: '09:30', timeZone: 'Europe/Moscow' });
    // 09:30 in Moscow is 06:30 UTC.
    expect(new Date(row!.nextDigestAt!).toISOString()).toMatch(/T06:30:00\.000Z$/);
    const unknownZone = await t.say(anna, digestChannel, 'subscribe every 30 min', { mentionBot: true });
    expect(shown(unknownZone)).toContain('Following ✓: a digest every 30 min');
    const wrong = await t.say(anna, digestChannel, 'subscribe weekly', { mentionBot: true });
    expect(shown(wrong).join('\n')).toContain("I didn't understand how to deliver “weekly”");
  });

  it('comes once per period, changes grouped by task; nothing when nothing changed', async () => {
    const [first, second] = await columns();
    const one = first!.tasks[0]!;
    const other = second!.tasks[0]!;
    const since = t.connector.calls.length;
    // Three changes to one task, one to another, over two polls.
    await asIvan(`/task/change-column/${one.id}`, { columnId: second!.id, location: one.spaceId });
    await asIvan('/comment/create', { task: one.id, text: 'Первый комментарий' });
    await t.app.scheduler.tick();
    const full = await asIvan<Record<string, unknown>>(`/task/${one.id}`);
    await asIvan(`/task/update/${one.id}`, { ...full, endDate: '2031-02-03T18:00:00' });
    await asIvan('/comment/create', { task: other.id, text: 'Другой' });
    await t.app.scheduler.tick();
    expect(cardsTo(digestChannel, since), 'nothing before the period ends').toEqual([]);

    await t.db.database.dataSource.query(
      `UPDATE subscriptions SET next_digest_at = now() - interval '1 second' WHERE conversation_id = $1`,
      [digestChannel.id],
    );
    await t.app.scheduler.tick();
    await t.app.scheduler.tick();
    const digests = cardsTo(digestChannel, since);
    expect(digests).toHaveLength(1);
    const lines = shown(digests[0]!);
    expect(lines[0]).toBe('Спринт 14: digest');
    expect(lines[1]).toBe('4 changes · a digest every 30 min');
    expect(lines).toContain(`3 changes to ${one.name}`);
    expect(lines).toContain(`1 change to ${other.name}`);
    expect(lines).toContain(`“${one.name}” moved from ${first!.name} to ${second!.name}`);
    // The next digest is due in 30 minutes.
    const row = await t.db.database.subscriptions.get(digestChannel.id, boardId);
    expect(new Date(row!.nextDigestAt!).getTime()).toBeGreaterThan(Date.now() + 25 * 60_000);

    // Another period passes with no change: no card.
    await t.db.database.dataSource.query(
      `UPDATE subscriptions SET next_digest_at = now() - interval '1 second' WHERE conversation_id = $1`,
      [digestChannel.id],
    );
    const quiet = t.connector.calls.length;
    await t.app.scheduler.tick();
    expect(cardsTo(digestChannel, quiet)).toEqual([]);
  });

  it('@mentions the people its period assigned who are members there, as an instant card does', async () => {
    t.connector.setMembers(digestChannel.id.split(';messageid=')[0]!, [{ ...ivan }]);
    const [first] = await columns();
    const task = first!.tasks.find((x) => !x.users.includes(ids.ivan))!;
    const since = t.connector.calls.length;
    await editInDialog(anna, 'assign', task.id, { assigneeIds: [...task.users, ids.ivan].join(',') });
    // The app's change is polled at once, after the dialog has closed: kept for the digest.
    await vi.waitFor(
      async () => {
        await t.app.scheduler.tick();
        const kept = (await t.db.database.dataSource.query(
          `SELECT 1 FROM digest_items WHERE change->>'kind' = 'assigned' AND change->>'taskId' = $1`,
          [task.id],
        )) as unknown[];
        expect(kept).toHaveLength(1);
      },
      { timeout: 10_000, interval: 200 },
    );
    await t.db.database.dataSource.query(
      `UPDATE subscriptions SET next_digest_at = now() - interval '1 second' WHERE conversation_id = $1`,
      [digestChannel.id],
    );
    await t.app.scheduler.tick();
    const [digest] = cardsTo(digestChannel, since);
    expect(digest, 'a digest was sent').toBeDefined();
    expect(shown(digest!)).toContain(`Demo User assigned Иван Петров to “${task.name}”`);
    expect((digest!.msteams as { entities: unknown[] }).entities).toEqual([
      { type: 'mention', text: '<at>Ivan Teams</at>', mentioned: { id: ivan.id, name: 'Ivan Teams' } },
    ]);
    const heads = findInCard(digest, (n) => n.type === 'TextBlock' && String(n.text).includes('<at>'))!;
    expect(heads.text).toBe('<at>Ivan Teams</at>: you were assigned');
  });
});

describe('following my tasks', () => {
  it('is only for personal chat', async () => {
    const card = await t.say(anna, general, 'follow my tasks', { mentionBot: true });
    expect(shown(card).join('\n')).toContain('personal chat');
    expect(await t.db.database.personalFollows.forBoard(boardId)).toEqual([]);
  });

  it('tells the assigned, moved, commented and overdue events of one’s own tasks once each, and nothing else', async () => {
    // Overdue before he follows: taken as known, not told (he hears of tasks that become overdue).
    const [, , third] = await columns();
    const alreadyLate = third!.tasks.find((x) => x.users.includes(ids.ivan)) ?? third!.tasks[0]!;
    await editInDialog(anna, 'assign', alreadyLate.id, {
      assigneeIds: [...new Set([...alreadyLate.users, ids.ivan])].join(','),
    });
    await editInDialog(anna, 'due', alreadyLate.id, { dueDate: '2020-01-05' });
    // The change is found (and told to nobody personally) before he follows.
    await vi.waitFor(
      async () => {
        await t.app.scheduler.tick();
        const found = (await t.db.database.dataSource.query(
          `SELECT id FROM notification_events WHERE kind = 'due' AND payload->>'taskId' = $1`,
          [alreadyLate.id],
        )) as unknown[];
        expect(found).toHaveLength(1);
      },
      { timeout: 10_000, interval: 200 },
    );
    const followed = await t.say(ivan, ivansChat, 'follow my tasks');
    expect(shown(followed).join('\n')).toContain('on every board you can see');
    const board = await columns();
    const [first, second] = board;
    const task = first!.tasks.find((x) => !x.users.includes(ids.ivan))!;
    const notMine = second!.tasks.find((x) => !x.users.includes(ids.ivan) && x.id !== task.id)!;
    const since = t.connector.calls.length;
    const personal = () => cardsTo(ivansChat, since).flatMap((c) => shown(c).slice(1));

    await editInDialog(anna, 'assign', task.id, { assigneeIds: [...task.users, ids.ivan].join(',') });
    await t.app.scheduler.tick();
    await editInDialog(anna, 'move', task.id, { columnId: second!.id });
    await t.app.scheduler.tick();
    await editInDialog(anna, 'comment', task.id, { comment: 'Посмотри, пожалуйста' });
    await t.app.scheduler.tick();
    // Overdue: Anna sets a due date that has passed.
    await editInDialog(anna, 'due', task.id, { dueDate: '2020-01-10' });
    await t.app.scheduler.tick();
    // Not his task, and his own change: nothing.
    await editInDialog(anna, 'move', notMine.id, { columnId: first!.id });
    await t.app.scheduler.tick();
    await editInDialog(ivan, 'comment', task.id, { comment: 'Сам себе' });
    await t.app.scheduler.tick();
    await t.app.scheduler.tick();

    expect(personal().join('\n')).not.toContain(alreadyLate.name);
    expect(personal().filter((line) => line.includes(task.name))).toEqual([
      `Demo User assigned you to “${task.name}”`,
      `Demo User moved “${task.name}” from ${first!.name} to ${second!.name}`,
      `Demo User commented on “${task.name}”: Посмотри, пожалуйста`,
      `Demo User set the due date of “${task.name}” to Jan 10, 2020`,
      `“${task.name}” is overdue: it was due Jan 10, 2020`,
    ]);
    expect(personal().join('\n')).not.toContain(notMine.name);

    const stopped = await t.say(ivan, ivansChat, 'unfollow my tasks');
    expect(shown(stopped).join('\n')).toContain('no longer follow');
  });

  it('takes in boards shared with the person after they said it, when their boards are checked again', async () => {
    await t.say(ivan, ivansChat, 'follow my tasks');
    // Maria shares a new space with Ivan, directly in TeamFlame, and gives him a task there.
    const board = await newSharedBoard('Shared later board', 'ivan.petrov@teamflame.local', [
      'To do',
      'Doing',
    ]);
    const [todo, doing] = board.columns;
    const task = await asMaria<{ id: string }>('/task/create', {
      name: 'Task on the later board',
      columnId: todo!.id,
      boardId: board.id,
      users: [ids.ivan],
    });
    const since = t.connector.calls.length;
    await t.app.scheduler.tick();
    expect(await t.db.database.personalFollows.forBoard(board.id)).toEqual([]);

    // Ten minutes on, the next round lists his boards again: the new board is polled for him from then on.
    await t.db.database.dataSource.query(
      `UPDATE personal_follows SET boards_checked_at = now() - interval '11 minutes'`,
    );
    await t.app.scheduler.tick();
    expect((await t.db.database.personalFollows.forBoard(board.id)).map((f) => f.teamflameUserId)).toEqual([
      ids.ivan,
    ]);
    await asMaria(`/task/change-column/${task.id}`, { columnId: doing!.id });
    await t.app.scheduler.tick();
    const lines = cardsTo(ivansChat, since).flatMap((c) => shown(c).slice(1));
    expect(lines).toEqual(['“Task on the later board” moved from To do to Doing']);
    await t.say(ivan, ivansChat, 'unfollow my tasks');
  });
});

describe('a board followed again', () => {
  it('tells of changes from then on, not of what changed while nobody followed it', async () => {
    // Its own board, so that no other test's follower keeps it followed in between.
    const board = await newSharedBoard('Board followed again', 'demo@teamflame.local', ['To do']);
    const [column] = board.columns;
    const later = channel('Later');
    await t.install(anna, later);
    const follow = () => t.press(anna, later, 'subscribe', { boardId: board.id, delivery: 'instant' });

    await follow();
    await t.press(anna, later, 'unsubscribe', { boardId: board.id });
    await t.app.scheduler.tick(); // nobody follows it now: its snapshot goes
    await asMaria('/task/create', { name: 'Made while unfollowed', columnId: column!.id, boardId: board.id });
    const since = t.connector.calls.length;
    await follow();
    await asMaria('/task/create', { name: 'Made once followed', columnId: column!.id, boardId: board.id });
    await t.app.scheduler.tick();
    const told = cardsTo(later, since).flatMap(shown).join('\n');
    expect(told).toContain('Made once followed');
    expect(told).not.toContain('Made while unfollowed');
  });
});
