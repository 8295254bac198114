// The message extension, driven as Teams drives it: composeExtension/fetchTask with the message it was
// started on, submitAction with the form's inputs, query with parameters and queryOptions, queryLink with a
// pasted URL, all POSTed to /api/messages. What the person gets back is checked, and what TeamFlame (the
// sandbox) holds afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cardText,
  findInCard,
  startAppUnderTest,
  type AppUnderTest,
  type Card,
} from '../test-support/app-under-test.js';
import { channel, personalChat, teamsUser, type TeamsUser } from '../test-support/teams-activities.js';

let t: AppUnderTest;
const anna = teamsUser('Anna Demo');
const annaChat = personalChat(anna);
const stranger = teamsUser('Not Signed In');
const general = channel('General');
let demoId = '';
let token = '';

interface SandboxTask {
  id: string;
  name: string;
  columnId: string;
  boardId: string;
  users: string[];
  endDate?: string;
  description: string;
}
/** An invoke's answer as JSON: the tests read it as Teams would, field by field. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Answer = Record<string, any>;
interface Place {
  boardId: string;
  boardName: string;
  columnId: string;
  columnName: string;
}

/** TeamFlame's own answer, read as the demo user. */
async function teamflame<T>(path: string): Promise<T> {
  const response = await fetch(`${t.sandbox.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  return (await response.json()) as T;
}

async function places(): Promise<Place[]> {
  const boards = await teamflame<{ id: string; name: string }[]>('/board/boardsByUser');
  const lists = await Promise.all(
    boards.map(async (b) =>
      (await teamflame<{ id: string; name: string }[]>(`/column/getByBoard/${b.id}`)).map((c) => ({
        boardId: b.id,
        boardName: b.name,
        columnId: c.id,
        columnName: c.name,
      })),
    ),
  );
  return lists.flat();
}

const tasksIn = (columnId: string) => teamflame<SandboxTask[]>(`/task/getTasksByColumn/${columnId}`);

async function compose(user: TeamsUser, name: string, value: unknown, locale?: string) {
  const conversation = user === anna ? annaChat : user === stranger ? general : personalChat(user);
  const response = await t.compose(user, conversation, `composeExtension/${name}`, value, { locale });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body as Answer;
}

/** The message Teams sends with "Create task from this message". */
function messagePayload(html: string, author = 'Мария Иванова') {
  return {
    id: '1701000000000',
    createdDateTime: '2026-12-02T10:00:00.000Z',
    linkToMessage: 'https://teams.microsoft.com/l/message/19:abc@thread.tacv2/1701000000000',
    from: { user: { id: '29:maria', displayName: author, userIdentityType: 'aadUser' } },
    body: { contentType: 'html', content: html },
    attachments: [],
    mentions: [],
  };
}

const fetchTask = (payload?: unknown, user = anna, locale?: string) =>
  compose(
    user,
    'fetchTask',
    {
      commandId: 'createTaskFromMessage',
      commandContext: payload ? 'message' : 'compose',
      context: { theme: 'default' },
      ...(payload ? { messagePayload: payload } : {}),
    },
    locale,
  );

const submitAction = (data: Record<string, unknown>, payload?: unknown) =>
  compose(anna, 'submitAction', {
    commandId: 'createTaskFromMessage',
    commandContext: 'message',
    context: { theme: 'default' },
    data,
    ...(payload ? { messagePayload: payload } : {}),
  });

const query = (words: string, skip = 0, count = 25, user = anna) =>
  compose(user, 'query', {
    commandId: 'findTask',
    parameters: [{ name: 'query', value: words }],
    queryOptions: { skip, count },
  });

function formOf(answer: Answer): Card {
  expect(answer.task?.type, JSON.stringify(answer)).toBe('continue');
  return answer.task.value.card.content as Card;
}

const input = (form: Card, id: string) => findInCard(form, (n) => n.id === id)!;

/** What Teams sends when the form's button is pressed: its data, the inputs as drawn, what was typed. */
function submitted(form: Card, typed: Record<string, unknown> = {}): Record<string, unknown> {
  const button = findInCard(form, (n) => n.type === 'Action.Submit')!;
  const drawn: Record<string, unknown> = {};
  JSON.stringify(form, (_key, value: unknown) => {
    const node = value as { type?: unknown; id?: unknown; value?: unknown } | null;
    if (typeof node?.type === 'string' && node.type.startsWith('Input.') && typeof node.id === 'string')
      drawn[node.id] = node.value ?? '';
    return value;
  });
  return { ...drawn, ...(button.data as Record<string, unknown>), ...typed };
}

/** The one card of a result answer. */
function resultCard(answer: Answer): Card {
  expect(answer.composeExtension?.type, JSON.stringify(answer).slice(0, 400)).toBe('result');
  const [attachment] = answer.composeExtension.attachments as { contentType: string; content: Card }[];
  expect(attachment!.contentType).toBe('application/vnd.microsoft.card.adaptive');
  return attachment!.content;
}

const titlesOf = (answer: Answer) =>
  (answer.composeExtension.attachments as { preview: { content: { title: string } } }[]).map(
    (a) => a.preview.content.title,
  );

beforeAll(async () => {
  t = await startAppUnderTest();
  const signIn = await t.sandboxCall<{ tokens: { accessToken: { token: string } } }>('/auth/sign-in', {
    body: { email: 'demo@teamflame.local', password: 'demo' },
  });
  token = signIn.tokens.accessToken.token;
  demoId = t.sandbox.demoUsers.find((u) => u.email === 'demo@teamflame.local')!.id;
  await t.install(anna, annaChat);
  await t.press(anna, annaChat, 'signIn', { email: 'demo@teamflame.local', password: 'demo' });
}, 60_000);
afterAll(() => t?.close());

describe('someone not signed in', () => {
  it('is asked to sign in the Teams way by the action and the search, never shown an error', async () => {
    for (const answer of [
      await fetchTask(messagePayload('<p>Hi</p>'), stranger),
      await query('', 0, 25, stranger),
    ]) {
      expect(answer.composeExtension).toEqual({
        type: 'auth',
        suggestedActions: {
          actions: [
            {
              type: 'openUrl',
              // The tab's sign-in page, with a ticket naming this Teams user (tab/e2e/compose-sign-in.test.ts).
              value: expect.stringMatching(/^http:\/\/localhost:3978\/\?locale=en#\/signin\?ticket=[\w.-]+$/),
              title: 'Sign in to TeamFlame',
            },
          ],
        },
      });
    }
  });

  it('gets a card with a sign-in button for a pasted task link, which shows the task once signed in', async () => {
    const task = (await tasksIn((await places())[0]!.columnId))[0]!;
    const card = resultCard(
      await compose(stranger, 'queryLink', {
        url: `http://localhost:3978/#/board/${task.boardId}/task/${task.id}`,
      }),
    );
    const button = findInCard(card, (n) => n.type === 'Action.Execute' && n.verb === 'signIn.start')!;
    const resume = JSON.parse(String((button.data as { resume: string }).resume)) as unknown;
    expect(resume).toEqual({ verb: 'task.show', data: { taskId: task.id } });
  });
});

describe('create a task from a message', () => {
  const html =
    '<p>Проверить &lt;счёт&gt; от поставщика</p><p>Сумма не сходится &amp; нужен ответ до пятницы.<br>Вторая строка</p>';

  it('opens a form filled in from the message: title, text, author and a link back', async () => {
    const form = formOf(await fetchTask(messagePayload(html)));
    expect(input(form, 'name').value).toBe('Проверить <счёт> от поставщика');
    const description = String(input(form, 'description').value);
    expect(description).toContain('Сумма не сходится & нужен ответ до пятницы.\nВторая строка');
    expect(description).toContain('Мария Иванова');
    expect(description).toContain('https://teams.microsoft.com/l/message/19:abc@thread.tacv2/1701000000000');
    const all = await places();
    const choices = input(form, 'place').choices as { title: string; value: string }[];
    expect(choices.map((c) => c.value)).toEqual(all.map((p) => `${p.boardId}/${p.columnId}`));
    expect(choices.map((c) => c.title)).toContain('Баги / В работе');
    expect((input(form, 'assigneeIds').choices as { value: string }[]).map((c) => c.value)).toContain(demoId);
  });

  it('creates the task once as the person, with its place, people and due date, and answers with its card', async () => {
    const form = formOf(await fetchTask(messagePayload(html)));
    const target = (await places()).find((p) => p.boardName === 'Баги' && p.columnName === 'В работе')!;
    const data = submitted(form, {
      place: `${target.boardId}/${target.columnId}`,
      name: 'Сверить счёт поставщика',
      assigneeIds: demoId,
      dueDate: '2026-12-31',
    });
    // Pressed twice (or resent by Teams): both answer with the card, one task is made.
    const [first, second] = await Promise.all([submitAction(data), submitAction(data)]);
    const answers = [first, second].filter((a) => a.composeExtension?.type === 'result');
    expect(answers.length).toBeGreaterThanOrEqual(1);
    for (const answer of answers) expect(cardText(resultCard(answer))).toContain('Сверить счёт поставщика');
    const made = (await tasksIn(target.columnId)).filter((task) => task.name === 'Сверить счёт поставщика');
    expect(made).toHaveLength(1);
    expect(made[0]!.users).toEqual([demoId]);
    expect(made[0]!.endDate?.slice(0, 10)).toBe('2026-12-31');
    // The message's text as TeamFlame rich text: escaped, line breaks kept, the link back included.
    expect(made[0]!.description).toContain('&lt;счёт&gt;');
    expect(made[0]!.description).toContain('<br>');
    expect(made[0]!.description).toContain('https://teams.microsoft.com/l/message/');
    // A later resend of the same form answers with the same task's card, still one task.
    expect(cardText(resultCard(await submitAction(data)))).toContain('Сверить счёт поставщика');
    expect((await tasksIn(target.columnId)).filter((x) => x.name === 'Сверить счёт поставщика')).toHaveLength(
      1,
    );

    // The next form starts where this one created its task.
    const next = formOf(await fetchTask(messagePayload('<p>Another</p>')));
    expect(input(next, 'place').value).toBe(`${target.boardId}/${target.columnId}`);
  });

  it('keeps the dialog open saying what is wrong, and writes nothing', async () => {
    const form = formOf(await fetchTask(undefined, anna, 'ru-RU'));
    expect(input(form, 'name').value).toBe('');
    const before = (await teamflame<SandboxTask[]>('/task/my')).length;
    const cases: [Record<string, unknown>, string][] = [
      [{ name: '   ' }, 'Введите название'],
      [{ name: 'x'.repeat(501) }, 'слишком длинное (не больше 500 символов)'],
      [{ name: 'Задача', dueDate: '31.12.2026' }, 'Срок указан не как дата'],
      [{ name: 'Задача', place: '' }, 'Выберите, куда поставить задачу'],
      [
        { name: 'Задача', place: 'aaaaaaaaaaaaaaaaaaaaaaaa/bbbbbbbbbbbbbbbbbbbbbbbb' },
        'Этой доски или колонки больше нет',
      ],
    ];
    for (const [typed, problem] of cases) {
      const again = formOf(await submitAction({ ...submitted(form, typed), lang: 'ru' }));
      expect(cardText(again), JSON.stringify(typed)).toContain(problem);
      // What was typed is kept.
      if (typeof typed.name === 'string' && typed.name.trim())
        expect(input(again, 'name').value).toBe(typed.name);
    }
    expect((await teamflame<SandboxTask[]>('/task/my')).length).toBe(before);
  });

  it('finds the task TeamFlame made late instead of making a second one', async () => {
    const target = (await places()).find((p) => p.boardName === 'Баги' && p.columnName === 'Сделать')!;
    const form = formOf(await fetchTask(messagePayload('<p>Late one</p>')));
    const data = submitted(form, {
      place: `${target.boardId}/${target.columnId}`,
      name: 'Made late by TeamFlame',
    });
    // TeamFlame carries the create out after the client (3 s) has given up on it.
    await t.sandboxCall('/__sandbox/faults', {
      body: { path: '^/task/create', method: 'POST', latencyMs: 3500 },
    });
    const slow = formOf(await submitAction(data));
    expect(cardText(slow)).toContain('still creating this task');
    expect((findInCard(slow, (n) => n.type === 'Action.Submit')!.data as { actionId: string }).actionId).toBe(
      data.actionId,
    );
    // TeamFlame makes the task after our create gave up; then Create is pressed again until it answers
    // with the card (while the first attempt still runs it answers "still creating").
    await expect
      .poll(async () => (await tasksIn(target.columnId)).some((x) => x.name === 'Made late by TeamFlame'), {
        timeout: 15_000,
      })
      .toBe(true);
    let answer: Answer = {};
    for (let attempt = 0; attempt < 40 && answer.composeExtension?.type !== 'result'; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      answer = await submitAction(data);
    }
    expect(cardText(resultCard(answer))).toContain('Made late by TeamFlame');
    expect((await tasksIn(target.columnId)).filter((x) => x.name === 'Made late by TeamFlame')).toHaveLength(
      1,
    );
  }, 30_000);
});

describe('find a task', () => {
  it('finds by parts of words in any case, ё as е, in Russian and English', async () => {
    expect(titlesOf(await query('ТЕМНОЙ'))).toEqual(['Поддержка тёмной темы']);
    expect(titlesOf(await query('онборд'))).toEqual(['Экран онбординга для новых пользователей']);
    expect(titlesOf(await query('FLAKY'))).toEqual(['Fix flaky integration test']);
    expect(titlesOf(await query('черновик комм'))).toEqual(['Не сохраняется черновик комментария']);
    expect(titlesOf(await query('nothing like this'))).toEqual([]);
  });

  it('shows each result as a preview and inserts the full task card with its buttons', async () => {
    const answer = await query('Поддержка тёмной');
    const [result] = answer.composeExtension.attachments as {
      content: Card;
      preview: { contentType: string; content: { title: string; subtitle: string; text: string } };
    }[];
    expect(result!.preview.contentType).toBe('application/vnd.microsoft.card.thumbnail');
    expect(result!.preview.content.subtitle).toMatch(/^Спринт 14 \/ /);
    expect(cardText(result!.content)).toContain('Поддержка тёмной темы');
    const dialogs = [] as string[];
    findInCard(result!.content, (n) => {
      const data = n.data as { msteams?: { type?: string }; dialog?: string } | undefined;
      if (n.type === 'Action.Submit' && data?.msteams?.type === 'task/fetch')
        dialogs.push(String(data.dialog));
      return false;
    });
    expect(dialogs).toEqual(expect.arrayContaining(['move', 'assign', 'due', 'comment', 'edit']));
  });

  it('lists the person’s open tasks when nothing is typed, a page at a time', async () => {
    const mine = await teamflame<SandboxTask[]>('/task/my');
    const all = await places();
    const done = new Set(
      all.filter((p) => /^(готово|закрыто|done)$/i.test(p.columnName)).map((p) => p.columnId),
    );
    const open = mine.filter((task) => !done.has(task.columnId)).map((task) => task.name);
    expect(open.length).toBeGreaterThan(3);
    const pages: string[][] = [];
    for (let skip = 0; skip < open.length + 3; skip += 3) pages.push(titlesOf(await query('', skip, 3)));
    expect(pages.slice(0, -1).every((page) => page.length <= 3)).toBe(true);
    expect(pages.flat().sort()).toEqual(open.map((n) => (n.length > 120 ? `${n.slice(0, 119)}…` : n)).sort());
  });

  it('reads TeamFlame once for a burst of keystrokes', async () => {
    const ivan = teamsUser('Ivan');
    await t.install(ivan, personalChat(ivan));
    await t.press(ivan, personalChat(ivan), 'signIn', {
      email: 'ivan.petrov@teamflame.local',
      password: 'demo',
    });
    await t.sandboxCall('/__sandbox/requests', { method: 'DELETE' });
    // Typing sends a query per keystroke without waiting for the answers.
    const answers = await Promise.all(
      ['о', 'он', 'онб', 'онбо', 'онбор'].map((words) => query(words, 0, 25, ivan)),
    );
    expect(titlesOf(answers.at(-1)!)).toContain('Экран онбординга для новых пользователей');
    const log = await t.sandboxCall<{ method: string; path: string }[]>('/__sandbox/requests');
    expect(log.filter((r) => r.path === '/board/boardsByUser')).toHaveLength(1);
  });
});

describe('pasted links', () => {
  let task: SandboxTask;
  beforeAll(async () => {
    task = (await tasksIn((await places())[1]!.columnId))[0]!;
  });

  it('unfurls the tab’s task links and TeamFlame’s web links into the task card', async () => {
    for (const url of [
      `http://localhost:3978/#/board/${task.boardId}/task/${task.id}`,
      `http://localhost:3978/?inTeams=true#/board/${task.boardId}?task=${task.id}`,
      `https://teamflame.ru/space/s1/board/${task.boardId}/task/${task.id}`,
      `https://app.teamflame.ru/tasks/${task.id}?tab=comments`,
    ]) {
      const answer = await compose(anna, 'queryLink', { url });
      expect(cardText(resultCard(answer)), url).toContain(task.name);
      expect(answer.composeExtension.attachments[0].preview.content.title).toBe(task.name);
    }
  });

  it('leaves other links, and tasks the person cannot see, as plain links', async () => {
    for (const url of [
      'https://example.com/task/0123456789abcdef01234567',
      `https://teamflame.ru/board/${task.boardId}`,
      'http://localhost:3978/#/board/x/task/not-an-id',
      'https://teamflame.ru/task/0123456789abcdef01234567',
      'not a url at all',
    ]) {
      const answer = await compose(anna, 'queryLink', { url });
      expect(answer.composeExtension, url).toEqual({
        type: 'result',
        attachmentLayout: 'list',
        attachments: [],
      });
    }
  });
});

describe('malformed compose invokes', () => {
  it('are refused with a 4xx or answered in words: never a 5xx', async () => {
    const values: [string, unknown][] = [
      ['fetchTask', undefined],
      ['fetchTask', null],
      ['fetchTask', 'text'],
      ['fetchTask', { commandId: 5 }],
      ['fetchTask', { commandId: 'x', messagePayload: 'no' }],
      ['fetchTask', { commandId: 'x', messagePayload: { body: { content: 42 } } }],
      ['fetchTask', { commandId: 'x'.repeat(1000) }],
      ['submitAction', undefined],
      ['submitAction', { commandId: 'x' }],
      ['submitAction', { commandId: 'x', data: null }],
      ['submitAction', { commandId: 'x', data: { dialog: 'move', taskId: 'a' } }],
      ['submitAction', { commandId: 'x', data: { dialog: 'fromMessage', name: 7 } }],
      ['submitAction', { commandId: 'x', data: { dialog: 'fromMessage', name: 'A', place: '/' } }],
      [
        'submitAction',
        { commandId: 'x', data: { dialog: 'fromMessage', name: 'A', place: 'x'.repeat(500) } },
      ],
      ['submitAction', { commandId: 'x', data: { dialog: 'fromMessage' }, botMessagePreviewAction: 'nope' }],
      ['query', undefined],
      ['query', { commandId: 'findTask', parameters: 'query' }],
      ['query', { commandId: 'findTask', parameters: [{ name: 'query', value: { $gt: '' } }] }],
      ['query', { commandId: 'findTask', parameters: [{ name: 5, value: 'a' }] }],
      ['query', { commandId: 'findTask', queryOptions: { skip: -1, count: 5 } }],
      ['query', { commandId: 'findTask', queryOptions: { skip: 'many' } }],
      ['query', { commandId: 'findTask', parameters: [{ name: 'query', value: 'x'.repeat(100_000) }] }],
      ['queryLink', undefined],
      ['queryLink', { url: 42 }],
      ['queryLink', { url: '' }],
      ['queryLink', { url: 'javascript:alert(1)' }],
      ['queryLink', { url: `http://localhost:3978/#/board/%E0%A4%A/task/%` }],
      ['selectItem', { taskId: 'x' }],
      ['querySettingUrl', {}],
      ['', {}],
    ];
    expect(values).toHaveLength(30);
    for (const [name, value] of values) {
      const response = await t.compose(anna, annaChat, `composeExtension/${name}`, value);
      expect(response.status, `${name} ${JSON.stringify(value)?.slice(0, 80)}`).toBeLessThan(500);
      expect(JSON.stringify(response.body ?? '')).not.toMatch(/at \w+ \(|node_modules|stack/i);
    }
    // Still answering.
    expect(titlesOf(await query('FLAKY'))).toEqual(['Fix flaky integration test']);
  });
});
