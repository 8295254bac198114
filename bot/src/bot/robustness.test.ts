// Bad input and bad days: malformed activities, an expired sign-in, TeamFlame slower than Teams waits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  actionData,
  cardOf,
  cardText,
  dialogForm,
  findInCard,
  startAppUnderTest,
  type AppUnderTest,
  type DialogAnswer,
} from '../test-support/app-under-test.js';
import {
  cardActionInvoke,
  dialogInvoke,
  messageActivity,
  personalChat,
  postActivity,
  teamsUser,
  type ConversationSpec,
  type TeamsUser,
} from '../test-support/teams-activities.js';

let t: AppUnderTest;
beforeAll(async () => {
  // A budget shorter than production's keeps the slow-TeamFlame test short; it counts from the activity's
  // arrival, so it must still leave room for an ordinary turn on a loaded machine.
  t = await startAppUnderTest({ invokeBudgetMs: 1000 });
});
afterAll(() => t?.close());

const huge = 'x'.repeat(300_000);

/** A task on the user's first board. */
async function someTask(user: TeamsUser, chat: ConversationSpec): Promise<string> {
  const picker = await t.press(user, chat, 'boards.pick', {});
  const boardId = (findInCard(picker, (n) => n.id === 'boardId')!.choices as { value: string }[])[0]!.value;
  const board = await t.press(user, chat, 'board.show', { boardId });
  return String(actionData(board, 'task.open').taskId);
}

function malformedPayloads(serviceUrl: string): [string, unknown][] {
  const user = teamsUser('Mallory');
  const chat = personalChat(user);
  const message = messageActivity({ serviceUrl, from: user, conversation: chat, text: 'help' });
  const invoke = (verb: unknown, data: unknown) => {
    const activity = cardActionInvoke({
      serviceUrl,
      from: user,
      conversation: chat,
      verb: 'x',
      data: {},
    }) as Record<string, unknown>;
    return { ...activity, value: { action: { type: 'Action.Execute', verb, data } } };
  };
  const cases: [string, unknown][] = [
    ['empty object', {}],
    ['array body', [message]],
    ['string body', 'hello'],
    ['null body', null],
    ['number body', 42],
    ['no type', { ...message, type: undefined }],
    ['type is a number', { ...message, type: 7 }],
    ['type is an object', { ...message, type: { a: 1 } }],
    ['no channelId', { ...message, channelId: undefined }],
    ['no serviceUrl', { ...message, serviceUrl: undefined }],
    ['serviceUrl not a URL', { ...message, serviceUrl: 'not a url' }],
    ['no from', { ...message, from: undefined }],
    ['from is a string', { ...message, from: 'me' }],
    ['from without id', { ...message, from: { name: 'x' } }],
    ['no conversation', { ...message, conversation: undefined }],
    ['conversation without id', { ...message, conversation: {} }],
    ['conversation id is a number', { ...message, conversation: { id: 5 } }],
    ['no recipient', { ...message, recipient: undefined }],
    ['text is a number', { ...message, text: 12 }],
    ['text is an object', { ...message, text: { t: 1 } }],
    ['huge text', { ...message, text: huge }],
    ['huge type', { ...message, type: huge }],
    ['huge conversation id', { ...message, conversation: { id: huge } }],
    ['locale is a number', { ...message, locale: 1 }],
    ['unknown activity type', { ...message, type: 'weird' }],
    ['invoke without name', { ...invoke('help', {}), name: undefined }],
    ['invoke without value', { ...invoke('help', {}), value: undefined }],
    ['invoke value is a string', { ...invoke('help', {}), value: 'x' }],
    ['invoke without action', { ...invoke('help', {}), value: {} }],
    ['action is a string', { ...invoke('help', {}), value: { action: 'go' } }],
    [
      'action type Action.Submit',
      { ...invoke('help', {}), value: { action: { type: 'Action.Submit', verb: 'help' } } },
    ],
    ['action without verb', { ...invoke('help', {}), value: { action: { type: 'Action.Execute' } } }],
    ['verb is a number', invoke(12, {})],
    ['verb is empty', invoke('', {})],
    ['unknown verb', invoke('task.explode', {})],
    ['huge verb', invoke(huge, {})],
    ['verb with prototype name', invoke('__proto__', {})],
    ['verb constructor', invoke('constructor', {})],
    ['data is a string', invoke('task.show', 'abc')],
    ['data is an array', invoke('task.show', [1, 2])],
    ['data null', invoke('task.open', null)],
    ['taskId missing', invoke('task.show', {})],
    ['taskId is a number', invoke('task.show', { taskId: 5 })],
    ['taskId is an object', invoke('task.show', { taskId: { $ne: null } })],
    ['taskId huge', invoke('task.show', { taskId: huge })],
    ['boardId missing', invoke('task.create', { name: 'a' })],
    ['taskId is a boolean', invoke('task.open', { taskId: true })],
    ['columnId is a number', invoke('task.create', { boardId: 'b', columnId: 5 })],
    ['refresh view is a number', invoke('refresh', { view: 1, id: 'a' })],
    ['column name huge', invoke('column.create', { boardId: 'b', name: huge })],
    ['task name is an array', invoke('task.new', { boardId: 'b', name: ['x'] })],
    ['sign-in email is a number', invoke('signIn', { email: 1, password: 'x' })],
    ['sign-in password huge', invoke('signIn', { email: 'a@b.c', password: huge })],
    ['refresh with unknown view', invoke('refresh', { view: 'everything', id: 'a' })],
    ['task.create name huge', invoke('task.create', { boardId: 'b', name: huge })],
    ['board.create project is an object', invoke('board.create', { project: { a: 1 } })],
    ['boardId is an array', invoke('subscribe', { boardId: ['b'] })],
  ];
  return cases;
}

describe('malformed input', () => {
  it('gets a 4xx or an error card for every one of 50+ bad activities, never a 500, and the server keeps answering', async () => {
    const cases = malformedPayloads(t.connector.url);
    expect(cases.length).toBeGreaterThanOrEqual(50);
    const outcomes: string[] = [];
    for (const [name, body] of cases) {
      const response = await fetch(`${t.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      const text = await response.text();
      expect(response.status, `${name}: ${text.slice(0, 200)}`).toBeLessThan(500);
      expect(text, name).not.toMatch(/at \w+ \(|node_modules/);
      const card =
        response.status === 200 && text
          ? (JSON.parse(text) as { value?: { type?: string } }).value
          : undefined;
      outcomes.push(
        `${name}: ${response.status >= 400 ? response.status : card?.type === 'AdaptiveCard' ? 'card' : response.status}`,
      );
      // An invoke that gets through validation must still be answered with a card (an error card here).
      if (response.status === 200 && (body as { type?: unknown } | null)?.type === 'invoke') {
        expect(card?.type, name).toBe('AdaptiveCard');
      }
    }
    const broken = await fetch(`${t.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"type":',
    });
    expect(broken.status).toBe(400);
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
    const help = await t.say(teamsUser('Still Here'), personalChat(teamsUser('Still Here')), 'help');
    expect(cardText(help)).toContain('What I can do');
    expect(outcomes).toHaveLength(cases.length);
  });
});

describe('malformed dialog invokes', () => {
  it('get a 4xx or an answer in words for each of 20+, never a 5xx, and write nothing', async () => {
    const anna = teamsUser('Demo User');
    const chat = personalChat(anna);
    await t.press(anna, chat, 'signIn', { email: 'demo@teamflame.local', password: 'demo' });
    const taskId = await someTask(anna, chat);
    const mallory = teamsUser('Mallory');
    const malloryChat = personalChat(mallory);
    const invoke = (name: 'task/fetch' | 'task/submit', value: unknown) => ({
      ...dialogInvoke({ serviceUrl: t.connector.url, from: anna, conversation: chat, name, data: {} }),
      value,
    });
    const huge = 'x'.repeat(300_000);

    /** A task on the user's first board. */
    async function someTask(user: TeamsUser, chat: ConversationSpec): Promise<string> {
      const picker = await t.press(user, chat, 'boards.pick', {});
      const boardId = (findInCard(picker, (n) => n.id === 'boardId')!.choices as { value: string }[])[0]!
        .value;
      const board = await t.press(user, chat, 'board.show', { boardId });
      return String(actionData(board, 'task.open').taskId);
    }
    const cases: [string, unknown][] = [
      ['fetch without value', invoke('task/fetch', undefined)],
      ['fetch value is a string', invoke('task/fetch', 'open')],
      ['fetch value is an array', invoke('task/fetch', [1, 2])],
      ['fetch without data', invoke('task/fetch', { context: { theme: 'dark' } })],
      ['fetch data is a number', invoke('task/fetch', { data: 7 })],
      ['fetch unknown dialog', invoke('task/fetch', { data: { dialog: 'explode', taskId } })],
      ['fetch dialog is an object', invoke('task/fetch', { data: { dialog: { $ne: 1 }, taskId } })],
      ['fetch taskId missing', invoke('task/fetch', { data: { dialog: 'move' } })],
      ['fetch taskId huge', invoke('task/fetch', { data: { dialog: 'move', taskId: huge } })],
      [
        'fetch task that does not exist',
        invoke('task/fetch', { data: { dialog: 'move', taskId: 'f'.repeat(24) } }),
      ],
      ['fetch sign-in as a dialog', invoke('task/fetch', { data: { dialog: 'signIn', taskId } })],
      ['submit without value', invoke('task/submit', undefined)],
      ['submit value is null', invoke('task/submit', null)],
      ['submit without dialog', invoke('task/submit', { data: { taskId } })],
      [
        'submit due date not a date',
        invoke('task/submit', { data: { dialog: 'due', taskId, dueDate: 'tomorrow' } }),
      ],
      [
        'submit due date impossible',
        invoke('task/submit', { data: { dialog: 'due', taskId, dueDate: '2026-13-45' } }),
      ],
      ['submit clear is a string', invoke('task/submit', { data: { dialog: 'due', taskId, clear: 'yes' } })],
      ['submit comment huge', invoke('task/submit', { data: { dialog: 'comment', taskId, comment: huge } })],
      [
        'submit comment is an array',
        invoke('task/submit', { data: { dialog: 'comment', taskId, comment: ['x'] } }),
      ],
      [
        'submit assignees not a string',
        invoke('task/submit', { data: { dialog: 'assign', taskId, assigneeIds: [1] } }),
      ],
      [
        'submit column of another board',
        invoke('task/submit', { data: { dialog: 'move', taskId, columnId: 'c'.repeat(24) } }),
      ],
      ['submit edit name is a number', invoke('task/submit', { data: { dialog: 'edit', taskId, name: 5 } })],
      [
        'submit sign-in without then',
        invoke('task/submit', { data: { dialog: 'signIn', email: 'a@b.c', password: 'x' } }),
      ],
      [
        'submit actionId huge',
        invoke('task/submit', { data: { dialog: 'comment', taskId, comment: 'x', actionId: huge } }),
      ],
      [
        'submit by someone not signed in',
        {
          ...dialogInvoke({
            serviceUrl: t.connector.url,
            from: mallory,
            conversation: malloryChat,
            name: 'task/submit',
            data: { dialog: 'comment', taskId, comment: 'sneaky' },
          }),
        },
      ],
    ];
    expect(cases.length).toBeGreaterThanOrEqual(20);
    await t.sandboxCall('/__sandbox/requests', { method: 'DELETE' });
    for (const [name, body] of cases) {
      const response = await fetch(`${t.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      const text = await response.text();
      expect(response.status, `${name}: ${text.slice(0, 200)}`).toBeLessThan(500);
      expect(text, name).not.toMatch(/at \w+ \(|node_modules/);
      if (response.status === 200) {
        const answer = JSON.parse(text) as DialogAnswer;
        expect(['message', 'continue'], name).toContain(answer.task.type);
      }
    }
    // None of them wrote anything.
    const log =
      await t.sandboxCall<{ method: string; path: string; status: number }[]>('/__sandbox/requests');
    expect(
      log.filter((r) => r.method !== 'GET' && r.status < 400 && /^\/(task|comment)\//.test(r.path)),
    ).toEqual([]);
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
  });
});

describe('an expired sign-in', () => {
  it('asks to sign in again and then finishes what the user was doing', async () => {
    const user = teamsUser('Demo User');
    const chat = personalChat(user);
    await t.press(user, chat, 'signIn', { email: 'demo@teamflame.local', password: 'demo' });
    const board = await t.press(user, chat, 'boards.pick', {});
    const boardId = (findInCard(board, (n) => n.id === 'boardId')!.choices as { value: string }[])[0]!.value;

    // TeamFlame now refuses the stored token, and refuses to refresh it.
    // The board's name may be kept from an earlier card, its content is always read: both are refused.
    for (const path of [`^/board/${boardId}$`, `^/column/getByBoardOneLayer/${boardId}$`])
      await t.sandboxCall('/__sandbox/faults', { body: { path, status: 401 } });
    await t.sandboxCall('/__sandbox/faults', { body: { path: '^/auth/refresh-token$', status: 401 } });
    const asked = await t.press(user, chat, 'board.show', { boardId });
    expect(cardText(asked)).toContain('sign-in has expired');
    const resume = actionData(asked, 'signIn').resume;
    expect(JSON.parse(String(resume))).toEqual({ verb: 'board.show', data: { boardId } });
    await t.sandboxCall('/__sandbox/faults', { method: 'DELETE' }); // a refusal not needed stays no longer

    const finished = await t.press(user, chat, 'signIn', {
      email: 'demo@teamflame.local',
      password: 'demo',
      resume,
    });
    expect(
      findInCard(finished, (n) => n.type === 'Action.OpenUrl' && String(n.url).includes(`/board/${boardId}`)),
    ).toBeDefined();
  });
});

describe('TeamFlame slower than Teams waits', () => {
  it('answers "still working" within the budget, then replaces the card with the result', async () => {
    const user = teamsUser('Demo User');
    const chat = personalChat(user);
    await t.press(user, chat, 'signIn', { email: 'demo@teamflame.local', password: 'demo' });
    await t.sandboxCall('/__sandbox/faults', { body: { path: '^/space/spacesByUserId$', latencyMs: 2500 } });
    const started = Date.now();
    const response = await postActivity(
      t.url,
      cardActionInvoke({
        serviceUrl: t.connector.url,
        from: user,
        conversation: chat,
        verb: 'boards.pick',
        data: {},
        replyToId: 'slow-card',
      }),
    );
    expect(Date.now() - started).toBeLessThan(1600);
    expect(JSON.stringify(response.body)).toContain('Still working on it');
    const update = await t.connector.waitFor((c) => c.kind === 'update' && c.activityId === 'slow-card');
    expect(cardText(cardOf(update))).toContain('Choose a board');
  });

  it('answers a dialog submit "still working" within the budget; the card shows the change when it is made', async () => {
    const user = teamsUser('Demo User');
    const chat = personalChat(user);
    await t.press(user, chat, 'signIn', { email: 'demo@teamflame.local', password: 'demo' });
    const taskId = await someTask(user, chat);
    await t.press(user, chat, 'task.show', { taskId }, { replyToId: 'slow-task-card' });
    const opener = { msteams: { type: 'task/fetch' }, dialog: 'comment', taskId };
    const form = dialogForm(
      await t.dialog(user, chat, 'task/fetch', opener, { replyToId: 'slow-task-card' }),
    );
    const submit = findInCard(form, (n) => n.type === 'Action.Submit')!.data as Record<string, unknown>;
    await t.sandboxCall('/__sandbox/faults', {
      body: { path: '^/comment/create$', method: 'POST', latencyMs: 2500, times: 1 },
    });
    const calls = t.connector.calls.length;
    const answer = (await t.dialog(user, chat, 'task/submit', {
      ...submit,
      comment: 'Written slowly',
    })) as DialogAnswer;
    expect(answer.task).toMatchObject({ type: 'message', value: expect.stringContaining('Still working') });
    const update = await t.connector.waitFor(
      (c) =>
        t.connector.calls.indexOf(c) >= calls && c.kind === 'update' && c.activityId === 'slow-task-card',
    );
    expect(cardText(cardOf(update))).toContain('Written slowly');
  });
});
