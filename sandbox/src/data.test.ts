import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from './index.js';
import {
  DEMO,
  OBJECT_ID,
  SandboxClient,
  TEAMFLAME_DATE,
  type BoardShape,
  type TaskShape,
} from './test-support/sandbox-client.js';

let sandbox: Sandbox;
let client: SandboxClient;
let token: string;
let demoId: string;

beforeAll(async () => {
  sandbox = await startSandbox();
  client = SandboxClient.of(sandbox);
});
afterAll(() => sandbox.close());
beforeEach(async () => {
  await client.reset();
  const signed = await client.signIn(DEMO);
  token = signed.tokens.accessToken.token;
  demoId = signed.user.id;
});

interface Column {
  id: string;
  name: string;
  boardId: string;
  tasks?: TaskShape[];
}
type Error400 = { statusCode: number; message: string };

const get = <T>(path: string) => client.call<T>(path, { token });
const post = <T>(path: string, body: unknown) => client.call<T>(path, { token, body });

async function firstDevBoard() {
  const spaces = (await get<{ id: string; name: string }[]>('/space/spacesByUserId')).body;
  const space = spaces.find((s) => s.name === 'Разработка')!;
  const project = (await get<{ id: string; space: string }[]>(`/project/projectsBySpace/${space.id}`))
    .body[0]!;
  const board = (await get<BoardShape[]>(`/board/boardsByProject/${project.id}`)).body[0]!;
  return { space, project, board };
}

describe('the seed', () => {
  it('has 2 spaces, 3 projects, 4 boards of 4–6 columns and 60+ tasks shaped as TeamFlame sends them', async () => {
    const spaces = (await get<{ id: string; users: string[] }[]>('/space/spacesByUserId')).body;
    expect(spaces).toHaveLength(2);
    const projects = [];
    for (const space of spaces) {
      const list = (await get<{ id: string; space: string }[]>(`/project/projectsBySpace/${space.id}`)).body;
      for (const project of list) expect(project.space).toBe(space.id);
      projects.push(...list);
    }
    expect(projects).toHaveLength(3);

    const boards = (await get<BoardShape[]>('/board/boardsByUser')).body;
    expect(boards.map((b) => b.name)).toEqual(['Спринт 14', 'Баги', 'API roadmap', 'Launch plan']);
    const tasks: TaskShape[] = [];
    for (const board of boards) {
      expect(board.columns.length).toBeGreaterThanOrEqual(4);
      expect(board.columns.length).toBeLessThanOrEqual(6);
      const columns = (await get<Column[]>(`/column/getByBoardOneLayer/${board.id}`)).body;
      expect(columns.map((c) => c.id)).toEqual(board.columns);
      for (const column of columns) {
        for (const task of column.tasks!) expect(task.columnId).toBe(column.id);
        tasks.push(...column.tasks!);
      }
    }
    expect(tasks.length).toBeGreaterThanOrEqual(60);
    expect(new Set(tasks.map((t) => t.name)).size).toBe(tasks.length);
    for (const task of tasks) {
      expect(task.id).toMatch(OBJECT_ID);
      expect(['low', 'middle', 'high', '']).toContain(task.priority);
      if (task.endDate) expect(task.endDate).toMatch(TEAMFLAME_DATE);
      for (const comment of task.comments)
        expect(Object.keys(comment).sort()).toEqual(['createdAt', 'text', 'userName']);
    }
    const now = Date.now();
    expect(tasks.filter((t) => t.endDate && Date.parse(`${t.endDate}Z`) < now).length).toBeGreaterThan(5);
    expect(tasks.filter((t) => t.endDate && Date.parse(`${t.endDate}Z`) > now).length).toBeGreaterThan(5);
    expect(tasks.some((t) => /<p>.*<b>/.test(t.description))).toBe(true);
    expect(tasks.some((t) => t.description.includes('<ul>'))).toBe(true);
    expect(tasks.some((t) => t.comments.length > 0)).toBe(true);
    expect(tasks.some((t) => t.users.length > 0)).toBe(true);
    expect(tasks.some((t) => /[а-я]/i.test(t.name)) && tasks.some((t) => /^[A-Z][a-z]/.test(t.name))).toBe(
      true,
    );
  });

  it('adds a large board of the requested size in the first space', async () => {
    const big = await startSandbox({ largeBoard: { columns: 10, tasksPerColumn: 100 } });
    try {
      const bigClient = SandboxClient.of(big);
      const bigToken = await bigClient.tokenOf(DEMO);
      const boards = (await bigClient.call<BoardShape[]>('/board/boardsByUser', { token: bigToken })).body;
      const large = boards.find((b) => b.name.startsWith('Large board'))!;
      expect(large.name).toBe('Large board 10×100');
      const columns = (
        await bigClient.call<Column[]>(`/column/getByBoardOneLayer/${large.id}`, { token: bigToken })
      ).body;
      expect(columns).toHaveLength(10);
      expect(columns.every((c) => c.tasks!.length === 100)).toBe(true);
    } finally {
      await big.close();
    }
  });
});

describe('boards and columns', () => {
  it('creates a board (201) with the four default columns; hideClosed leaves out Закрыто', async () => {
    const { space, project } = await firstDevBoard();
    const created = await post<BoardShape>('/board/create', {
      name: 'QA',
      spaceId: space.id,
      projectId: project.id,
      location: space.id,
      logo: '',
      color: '#ff0000',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'QA', spaceId: space.id, projectId: project.id });
    const columns = (await get<Column[]>(`/column/getByBoard/${created.body.id}`)).body;
    expect(columns.map((c) => c.name)).toEqual(['Сделать', 'В работе', 'Готово', 'Закрыто']);
    expect(columns.map((c) => c.id)).toEqual(created.body.columns);
    const open = (await get<Column[]>(`/column/getByBoard/${created.body.id}?hideClosed=true`)).body;
    expect(open.map((c) => c.name)).toEqual(['Сделать', 'В работе', 'Готово']);
    expect((await get<BoardShape>(`/board/${created.body.id}`)).body.name).toBe('QA');
  });

  it('adds a column at the end of a board', async () => {
    const { space, project, board } = await firstDevBoard();
    const created = await post<Column>('/column/create', {
      name: 'Blocked',
      boardId: board.id,
      color: '',
      location: space.id,
      projectId: project.id,
      spaceId: space.id,
    });
    expect(created.status).toBe(201);
    expect((await get<BoardShape>(`/board/${board.id}`)).body.columns.at(-1)).toBe(created.body.id);
  });

  it('renames a column, the whole column sent back with its new name', async () => {
    const { board } = await firstDevBoard();
    const [column] = (await get<Column[]>(`/column/getByBoard/${board.id}`)).body;
    const renamed = await post<Column>(`/column/update/${column!.id}`, { ...column, name: 'Очередь' });
    expect(renamed.status).toBe(200);
    expect((await get<Column[]>(`/column/getByBoard/${board.id}`)).body[0]).toMatchObject({
      id: column!.id,
      name: 'Очередь',
    });
    expect((await post(`/column/update/${column!.id}`, { name: '' })).status).toBe(400);
  });

  it('creates spaces and projects (201) with the caller and the invited as members', async () => {
    const space = await post<{ id: string; users: string[] }>('/space/create', {
      name: 'Support',
      logo: '',
      color: '',
      invites: ['john.smith@teamflame.local', 'stranger@example.test'],
    });
    expect(space.status).toBe(201);
    const johnId = sandbox.demoUsers.find((u) => u.email === 'john.smith@teamflame.local')!.id;
    expect(space.body.users).toEqual([demoId, johnId]);
    const project = await post<{ space: string; name: string }>('/project/create', {
      name: 'Helpdesk',
      space: space.body.id,
      projectKey: 'HD',
      private: false,
      logo: '',
      color: '',
      location: space.body.id,
    });
    expect(project.status).toBe(201);
    expect(project.body).toMatchObject({ name: 'Helpdesk', space: space.body.id });
  });
});

describe('tasks and comments', () => {
  async function newTask() {
    const { space, project, board } = await firstDevBoard();
    const created = await post<TaskShape>('/task/create', {
      name: 'Проверить отчёт',
      description: '<p>Сверить <b>итоги</b></p>',
      columnId: board.columns[0],
      boardId: board.id,
      projectId: project.id,
      spaceId: space.id,
      location: space.id,
      users: [demoId],
      priority: 'high',
      startDate: '2030-01-01T09:00:00',
      endDate: '2030-01-02T18:00:00',
    });
    return { space, board, created };
  }

  it('creates a task (201) that shows in its column, by id and in both /task/my and /tasks/my', async () => {
    const { board, created } = await newTask();
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'Проверить отчёт',
      columnId: board.columns[0],
      boardId: board.id,
      users: [demoId],
      priority: 'high',
      endDate: '2030-01-02T18:00:00',
      comments: [],
      creator: { firstName: 'Demo', lastName: 'User' },
    });
    const inColumn = (await get<TaskShape[]>(`/task/getTasksByColumn/${board.columns[0]}`)).body;
    expect(inColumn.map((t) => t.id)).toContain(created.body.id);
    expect((await get<TaskShape>(`/task/${created.body.id}`)).body).toEqual(created.body);
    const legacy = (await get<TaskShape[]>('/task/my')).body;
    const current = (await client.call<TaskShape[]>('/tasks/my', { token })).body;
    expect(current).toEqual(legacy);
    expect(legacy.map((t) => t.id)).toContain(created.body.id);
    expect(legacy.every((t) => t.users.includes(demoId))).toBe(true);
  });

  it('moves a task with change-column, only within its board', async () => {
    const { space, board, created } = await newTask();
    const moved = await post<TaskShape>(`/task/change-column/${created.body.id}`, {
      columnId: board.columns[2],
      location: space.id,
    });
    expect(moved.status).toBe(200);
    expect(moved.body.columnId).toBe(board.columns[2]);
    expect((await get<TaskShape>(`/task/${created.body.id}`)).body.columnId).toBe(board.columns[2]);
    const other = (await get<BoardShape[]>('/board/boardsByUser')).body.find((b) => b.id !== board.id)!;
    const refused = await post<Error400>(`/task/change-column/${created.body.id}`, {
      columnId: other.columns[0],
    });
    expect(refused.status).toBe(400);
    expect(refused.body.message).toBe('columnId: not a column of this board');
  });

  it('updates from the whole task object: name, description, users, priority, dates; null clears a date', async () => {
    const { created } = await newTask();
    const ivanId = sandbox.demoUsers.find((u) => u.email === 'ivan.petrov@teamflame.local')!.id;
    const updated = await post<TaskShape>(`/task/update/${created.body.id}`, {
      ...created.body,
      name: 'Проверить отчёт за март',
      description: 'plain',
      users: [ivanId],
      priority: 'middle',
      startDate: null,
      endDate: '2031-05-06T10:30:00',
    });
    expect(updated.status).toBe(200);
    const stored = (await get<TaskShape>(`/task/${created.body.id}`)).body;
    expect(stored).toMatchObject({
      name: 'Проверить отчёт за март',
      description: 'plain',
      users: [ivanId],
      priority: 'middle',
      endDate: '2031-05-06T10:30:00',
      columnId: created.body.columnId,
    });
    expect(stored.startDate).toBeUndefined();
  });

  it('adds comments (201) embedded in the task as { userName, text, createdAt }, HTML kept', async () => {
    const { created } = await newTask();
    const answer = await post('/comment/create', { task: created.body.id, text: '<p>Готово?</p>' });
    expect(answer.status).toBe(201);
    const ivan = await client.tokenOf('ivan.petrov@teamflame.local');
    await client.call('/comment/create', { token: ivan, body: { task: created.body.id, text: 'Да' } });
    const stamped = { createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT.*Z$/) };
    expect((await get<TaskShape>(`/task/${created.body.id}`)).body.comments).toEqual([
      { userName: 'Demo User', text: '<p>Готово?</p>', ...stamped },
      { userName: 'Иван Петров', text: 'Да', ...stamped },
    ]);
  });
});

describe('bad requests', () => {
  it('answer 400 { statusCode, message } naming the field', async () => {
    const { board } = await firstDevBoard();
    const cases: [string, unknown, RegExp][] = [
      ['/task/create', { name: '', columnId: board.columns[0] }, /^name: must not be empty$/],
      ['/task/create', { name: 'x', columnId: 'nope' }, /^columnId: must be a 24-character hex id$/],
      ['/task/create', { name: 'x', columnId: board.columns[0], priority: 'medium' }, /^priority: /],
      ['/task/create', { name: 'x', columnId: board.columns[0], endDate: '02.01.2030' }, /^endDate: must be/],
      [
        '/task/create',
        { name: 'x', columnId: board.columns[0], endDate: '2030-02-30T10:00:00' },
        /^endDate: is not/,
      ],
      ['/task/create', { name: 'x', columnId: board.columns[0], users: ['x'] }, /^users\.0: /],
      ['/comment/create', { task: board.id }, /^text: /],
      ['/comment/create', [], /^body: /],
      ['/board/create', { name: 'x' }, /^spaceId: /],
      [`/task/update/${board.id}`, { description: 'no name' }, /^name: /],
    ];
    for (const [path, body, message] of cases) {
      const answer = await post<Error400>(path, body);
      expect({ path, status: answer.status, statusCode: answer.body.statusCode }).toEqual({
        path,
        status: 400,
        statusCode: 400,
      });
      expect(answer.body.message).toMatch(message);
    }
  });

  it('answer 400 to malformed JSON, 413 to huge bodies, 404 to unknown paths and 405 to wrong methods', async () => {
    const broken = await client.call<Error400>('/comment/create', { token, rawBody: '{"task":' });
    expect(broken.status).toBe(400);
    expect(broken.body.message).toBe('Request body is not valid JSON');
    const huge = await client.call('/comment/create', {
      token,
      rawBody: JSON.stringify({ text: 'x'.repeat(2e6) }),
    });
    expect(huge.status).toBe(413);
    expect((await get<Error400>('/nothing/here')).body).toEqual({
      statusCode: 404,
      message: 'Cannot GET /nothing/here',
    });
    expect((await client.call('/task/create', { token, method: 'DELETE' })).status).toBe(405);
  });
});
