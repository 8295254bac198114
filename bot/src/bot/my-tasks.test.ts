// "My tasks" driven as Teams drives it, against the sandbox: open tasks only, grouped by when they are due
// in the person's own time zone, each with its board and column, paged; Done moves a task to its board's
// done column once however often Teams sends the click; in a group chat the list names its TeamFlame owner.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardText, startAppUnderTest, type AppUnderTest, type Card } from '../test-support/app-under-test.js';
import {
  personalChat,
  teamsUser,
  TENANT_ID,
  type ConversationSpec,
} from '../test-support/teams-activities.js';

let t: AppUnderTest;
beforeAll(async () => {
  // One extra board whose columns ("Column 1") have no done column; its one task is the demo user's.
  t = await startAppUnderTest({ largeBoard: { columns: 1, tasksPerColumn: 1 } });
});
afterAll(() => t?.close());

interface SandboxTask {
  id: string;
  name: string;
  columnId: string;
  boardId: string;
  endDate?: string;
}
interface Named {
  id: string;
  name: string;
}

/** The sandbox's API as one of its users, to set up tasks and to know the truth the card must show. */
async function sandboxAs(email: string) {
  const signIn = await t.sandboxCall<{ tokens: { accessToken: { token: string } } }>('/auth/sign-in', {
    body: { email, password: 'demo' },
  });
  const headers = {
    authorization: `Bearer ${signIn.tokens.accessToken.token}`,
    'content-type': 'application/json',
  };
  return async <T>(path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${t.sandbox.url}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
}

/** One line of the card: the task its Done button names, its title, "board · column · date", its group. */
interface Line {
  taskId: string;
  name: string;
  meta: string;
  group: string;
  done: Record<string, unknown>;
}

const shown = (text: unknown) => String(text).replaceAll('\u200b', '').replaceAll('\\', '');

function linesOf(card: Card): Line[] {
  const groups = (card.body as Record<string, unknown>[]).filter(
    (n) => n.type === 'Container' && Array.isArray(n.items),
  );
  return groups.flatMap((group) => {
    const [heading, ...rows] = group.items as Record<string, unknown>[];
    return rows.map((row) => {
      const [columns] = row.items as { columns: { items: Record<string, unknown>[] }[] }[];
      const [text, done] = columns!.columns;
      const action = (done!.items[0]!.actions as { verb: string; data: Record<string, unknown> }[])[0]!;
      expect(action.verb).toBe('task.done');
      return {
        taskId: String(action.data.taskId),
        name: shown(text!.items[0]!.text),
        meta: shown(text!.items[1]?.text ?? ''),
        group: shown(heading!.text).replace(/ \(\d+\)$/, ''),
        done: action.data,
      };
    });
  });
}

function pagerData(card: Card, title: string): Record<string, unknown> | undefined {
  const actions = (card.actions ?? []) as { title: string; verb: string; data: Record<string, unknown> }[];
  const action = actions.find((a) => a.title === title);
  if (action) expect(action.verb).toBe('tasks.mine');
  return action?.data;
}

/** Where the date differs from UTC's right now (one of these always does): its "today" is not UTC's. */
function zoneAwayFromUtc(): { zone: string; today: string } {
  const utc = new Date().toISOString().slice(0, 10);
  for (const zone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(new Date());
    if (today !== utc) return { zone, today };
  }
  throw new Error('no zone away from UTC');
}

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const GROUPS_EN = ['Overdue', 'Today', 'This week', 'Later', 'No due date'];

describe('my tasks', () => {
  const dasha = teamsUser('Dasha (Teams name)');
  const chat = personalChat(dasha);
  const { zone, today } = zoneAwayFromUtc();
  const say = (text: string, conversation: ConversationSpec = chat, locale?: string) =>
    t.say(dasha, conversation, text, {
      localTimezone: zone,
      locale,
      mentionBot: conversation !== chat,
    });
  const press = (verb: string, data: Record<string, unknown>, replyToId = 'my-tasks-card') =>
    t.press(dasha, chat, verb, data, { localTimezone: zone, replyToId });
  let asDemo: Awaited<ReturnType<typeof sandboxAs>>;
  const created: Record<'yesterday' | 'today' | 'later' | 'undated' | 'finished', SandboxTask> = {} as never;
  let sprintBoard: Named & { columns: Named[] };

  /** Every page, from the first through the Next buttons. */
  async function allPages(first: Card): Promise<Card[]> {
    const pages = [first];
    for (let next = pagerData(first, 'Next'); next; next = pagerData(pages.at(-1)!, 'Next'))
      pages.push(await press('tasks.mine', next));
    return pages;
  }

  /** What TeamFlame (the sandbox) says the demo user's tasks are, with their boards and columns. */
  async function truth() {
    const [tasks, boards] = await Promise.all([
      asDemo<SandboxTask[]>('/task/my'),
      asDemo<Named[]>('/board/boardsByUser'),
    ]);
    const boardIds = [...new Set(tasks.map((task) => task.boardId))];
    const columns = (
      await Promise.all(boardIds.map((id) => asDemo<Named[]>(`/column/getByBoard/${id}`)))
    ).flat();
    const columnName = (task: SandboxTask) => columns.find((c) => c.id === task.columnId)!.name;
    const isDone = (task: SandboxTask) => ['Готово', 'Закрыто'].includes(columnName(task));
    return {
      boardIds,
      open: tasks.filter((task) => !isDone(task)),
      finished: tasks.filter(isDone),
      boardName: (task: SandboxTask) => boards.find((b) => b.id === task.boardId)!.name,
      columnName,
    };
  }

  beforeAll(async () => {
    await t.press(dasha, chat, 'signIn', { email: 'demo@teamflame.local', password: 'demo' });
    asDemo = await sandboxAs('demo@teamflame.local');
    const demoId = t.sandbox.demoUsers.find((u) => u.email === 'demo@teamflame.local')!.id;
    const board = (await asDemo<Named[]>('/board/boardsByUser')).find((b) => b.name === 'Спринт 14')!;
    sprintBoard = { ...board, columns: await asDemo<Named[]>(`/column/getByBoard/${board.id}`) };
    const column = (name: string) => sprintBoard.columns.find((c) => c.name === name)!.id;
    const create = (name: string, columnName: string, due?: string) =>
      asDemo<SandboxTask>('/task/create', {
        name,
        columnId: column(columnName),
        boardId: board.id,
        users: [demoId],
        ...(due ? { endDate: `${due}T18:00:00` } : {}),
      });
    created.yesterday = await create('Due yesterday in the person’s zone', 'В работе', addDays(today, -1));
    created.today = await create('Due today in the person’s zone', 'Сделать', today);
    created.later = await create('Due in forty days', 'Бэклог', addDays(today, 40));
    created.undated = await create('No date at all', 'В работе');
    created.finished = await create('Finished yesterday', 'Закрыто', addDays(today, -1));
  });

  it('lists open tasks only, grouped in order by due date in the person’s zone, each with board and column', async () => {
    const { open, finished, boardName, columnName } = await truth();
    const pages = await allPages(await say('my tasks'));
    const lines = pages.flatMap(linesOf);

    // Every open task once, nothing from a done column; the finished ones only counted.
    expect(lines.map((l) => l.taskId).sort()).toEqual(open.map((task) => task.id).sort());
    expect(lines.map((l) => l.taskId)).not.toContain(created.finished.id);
    expect(finished.length).toBeGreaterThan(1);
    expect(cardText(pages.at(-1))).toContain(`${finished.length} finished tasks are not listed.`);

    // Groups in order across pages; within a group, soonest first.
    const groupIndex = lines.map((l) => GROUPS_EN.indexOf(l.group));
    expect(groupIndex.every((g) => g >= 0)).toBe(true);
    expect(groupIndex).toEqual([...groupIndex].sort((a, b) => a - b));
    const dueOf = (line: Line) => open.find((task) => task.id === line.taskId)!.endDate?.slice(0, 10);
    for (const [i, line] of lines.entries()) {
      const due = dueOf(line);
      if (line.group === 'Overdue') expect(due! < today, line.name).toBe(true);
      if (line.group === 'Today') expect(due).toBe(today);
      if (line.group === 'This week' || line.group === 'Later') expect(due! > today, line.name).toBe(true);
      if (line.group === 'No due date') expect(due).toBeUndefined();
      const previous = lines[i - 1];
      if (previous?.group === line.group && due) expect(dueOf(previous)! <= due).toBe(true);
    }

    // Each line says where the task is.
    for (const line of lines) {
      const task = open.find((candidate) => candidate.id === line.taskId)!;
      expect(line.meta).toContain(`${boardName(task)} · ${columnName(task)}`);
    }

    // "Today" is the person's: a task due on their date (not UTC's) is today's, the day before overdue.
    const groupOf = (task: SandboxTask) => lines.find((l) => l.taskId === task.id)?.group;
    expect(groupOf(created.today)).toBe('Today');
    expect(groupOf(created.yesterday)).toBe('Overdue');
    expect(groupOf(created.later)).toBe('Later');
    expect(groupOf(created.undated)).toBe('No due date');
  });

  it('pages ten at a time, forward and back', async () => {
    const { open } = await truth();
    const first = await say('my tasks');
    const pages = await allPages(first);
    expect(pages).toHaveLength(Math.ceil(open.length / 10));
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, i) => {
      expect(linesOf(page).length).toBe(i < pages.length - 1 ? 10 : open.length - 10 * i);
      expect(cardText(page)).toContain(`Page ${i + 1} of ${pages.length}`);
    });
    expect(pagerData(first, 'Previous')).toBeUndefined();
    const back = await press('tasks.mine', pagerData(pages[1]!, 'Previous')!);
    expect(linesOf(back).map((l) => l.taskId)).toEqual(linesOf(first).map((l) => l.taskId));
  });

  it('asks TeamFlame for each thing at most once: the tasks, the boards, and the columns of each board', async () => {
    const { boardIds } = await truth();
    await t.sandboxCall('/__sandbox/requests', { method: 'DELETE' });
    await say('my tasks');
    const paths = (await t.sandboxCall<{ path: string }[]>('/__sandbox/requests')).map((r) => r.path);
    expect(new Set(paths).size).toBe(paths.length);
    // A board's columns may be kept from an earlier card (for a few seconds): then they are not asked for.
    const columns = boardIds.map((id) => `/column/getByBoard/${id}`);
    expect(paths.filter((p) => !columns.includes(p)).sort()).toEqual(['/board/boardsByUser', '/task/my']);
  });

  it('moves a task to its board’s done column with one click, once however often Teams sends it', async () => {
    const line = (await allPages(await say('my tasks')))
      .flatMap(linesOf)
      .find((l) => l.taskId === created.today.id)!;
    await t.sandboxCall('/__sandbox/requests', { method: 'DELETE' });
    const first = await press('task.done', line.done);
    const resent = await press('task.done', line.done);

    const done = sprintBoard.columns.find((c) => c.name === 'Готово')!;
    expect((await t.sandboxTask(created.today.id)).columnId).toBe(done.id);
    const moves = (await t.sandboxCall<{ path: string }[]>('/__sandbox/requests')).filter((r) =>
      r.path.startsWith('/task/change-column/'),
    );
    expect(moves.map((r) => r.path)).toEqual([`/task/change-column/${created.today.id}`]);

    for (const card of [first, resent]) {
      expect(shown(cardText(card))).toContain(`Done: “${created.today.name}” moved to Готово.`);
      expect(linesOf(card).map((l) => l.taskId)).not.toContain(created.today.id);
    }
    const everything = (await allPages(await say('my tasks'))).flatMap(linesOf);
    expect(everything.map((l) => l.taskId)).not.toContain(created.today.id);
  });

  it('says so when the board has no done column, and moves nothing', async () => {
    const lines = (await allPages(await say('my tasks'))).flatMap(linesOf);
    const stuck = lines.find((l) => l.meta.includes('Large board'))!;
    expect(stuck.meta).toContain('Column 1');
    const before = (await t.sandboxTask(stuck.taskId)).columnId;
    const card = await press('task.done', stuck.done);
    expect(shown(cardText(card))).toContain('its board has no column for finished tasks');
    expect((await t.sandboxTask(stuck.taskId)).columnId).toBe(before);
  });

  it('in a group chat, names the TeamFlame account whose list it is, and only that person can tick it off', async () => {
    const group: ConversationSpec = {
      id: `19:group-${dasha.aadObjectId}@thread.v2`,
      kind: 'groupChat',
      tenantId: TENANT_ID,
    };
    const card = await say('my tasks', group);
    const title = shown((card.body as { text: string }[])[0]!.text);
    expect(title).toBe('Tasks of Demo User');
    expect(cardText(card)).not.toContain(dasha.name);

    // Ivan presses Done on Dasha's list: nothing moves, and he is shown his own list.
    const ivan = teamsUser('Иван Петров');
    await t.press(ivan, group, 'signIn', { email: 'ivan.petrov@teamflame.local', password: 'demo' });
    const line = linesOf(card).find((l) => l.taskId === created.yesterday.id)!;
    const answer = await t.press(ivan, group, 'task.done', line.done, { replyToId: 'group-card' });
    expect(shown(cardText(answer))).toContain('That list is someone else’s');
    expect(shown((answer.body as { text: string }[])[0]!.text)).toBe('Tasks of Иван Петров');
    expect((await t.sandboxTask(created.yesterday.id)).columnId).toBe(created.yesterday.columnId);
  });

  it('speaks Russian, dates included', async () => {
    const card = await say('мои задачи', chat, 'ru-RU');
    const text = shown(cardText(card));
    expect(text).toContain('Мои задачи');
    expect(text).toContain('Просрочено (');
    expect(text).toMatch(/ · \d{1,2} (янв|февр|мар|апр|мая|июн|июл|авг|сент|окт|нояб|дек)\./);
    expect(text).toMatch(/Страница 1 из \d/);
    expect(text).toContain('Далее');
  });
});
