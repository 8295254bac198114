import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from './index.js';
import { DEMO, JOHN, SandboxClient, type BoardShape, type TaskShape } from './test-support/sandbox-client.js';

let sandbox: Sandbox;
let client: SandboxClient;

beforeAll(async () => {
  sandbox = await startSandbox();
  client = SandboxClient.of(sandbox);
});
afterAll(() => sandbox.close());
beforeEach(async () => {
  await client.reset();
});

interface Space {
  id: string;
  name: string;
  users: string[];
}

/** Something in «Разработка», the space john.smith is not a member of. */
async function devSpaceThings(token: string) {
  const spaces = (await client.call<Space[]>('/space/spacesByUserId', { token })).body;
  const dev = spaces.find((s) => s.name === 'Разработка')!;
  const project = (await client.call<{ id: string }[]>(`/project/projectsBySpace/${dev.id}`, { token }))
    .body[0]!;
  const board = (await client.call<BoardShape[]>(`/board/boardsByProject/${project.id}`, { token })).body[0]!;
  const columnId = board.columns[0]!;
  const task = (await client.call<TaskShape[]>(`/task/getTasksByColumn/${columnId}`, { token })).body[0]!;
  return { dev, project, board, columnId, task };
}

describe('membership', () => {
  it('puts demo in both spaces and john only in Marketing', async () => {
    const demo = await client.tokenOf(DEMO);
    const john = await client.tokenOf(JOHN);
    const names = async (token: string) =>
      (await client.call<Space[]>('/space/spacesByUserId', { token })).body.map((s) => s.name).sort();
    expect(await names(demo)).toEqual(['Marketing', 'Разработка']);
    expect(await names(john)).toEqual(['Marketing']);
  });

  it('answers 403 or 404 to every read and write of another space', async () => {
    const { dev, project, board, columnId, task } = await devSpaceThings(await client.tokenOf(DEMO));
    const john = await client.tokenOf(JOHN);
    const reads = [
      `/space/${dev.id}`,
      `/project/projectsBySpace/${dev.id}`,
      `/project/${project.id}`,
      `/board/boardsByProject/${project.id}`,
      `/board/${board.id}`,
      `/column/getByBoard/${board.id}`,
      `/column/getByBoardOneLayer/${board.id}`,
      `/task/getTasksByColumn/${columnId}`,
      `/task/${task.id}`,
    ];
    for (const path of reads) {
      const answer = await client.call<{ statusCode: number; message: string }>(path, { token: john });
      expect({ path, status: answer.status }).toEqual({ path, status: 403 });
      expect(answer.body.statusCode).toBe(403);
    }
    const writes: [string, unknown][] = [
      ['/project/create', { name: 'X', space: dev.id }],
      ['/board/create', { name: 'X', spaceId: dev.id, projectId: project.id, location: dev.id }],
      ['/column/create', { name: 'X', boardId: board.id }],
      ['/task/create', { name: 'X', columnId, boardId: board.id, spaceId: dev.id }],
      [`/task/change-column/${task.id}`, { columnId: board.columns[1], location: dev.id }],
      [`/task/update/${task.id}`, { ...task, name: 'Hijacked' }],
      ['/comment/create', { task: task.id, text: 'hi' }],
    ];
    for (const [path, body] of writes) {
      const answer = await client.call(path, { token: john, body });
      expect({ path, status: answer.status }).toEqual({ path, status: 403 });
    }
    // Nothing changed behind the refusals.
    const demo = await client.tokenOf(DEMO);
    const after = (await client.call<TaskShape>(`/task/${task.id}`, { token: demo })).body;
    expect(after).toEqual(task);
  });

  it('leaves another space out of boardsByUser and /task/my', async () => {
    const john = await client.tokenOf(JOHN);
    const boards = (await client.call<BoardShape[]>('/board/boardsByUser', { token: john })).body;
    expect(boards.map((b) => b.name)).toEqual(['Launch plan']);
    const spaces = (await client.call<Space[]>('/space/spacesByUserId', { token: john })).body;
    const mine = (await client.call<TaskShape[]>('/task/my', { token: john })).body;
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((t) => t.spaceId === spaces[0]!.id)).toBe(true);
  });

  it('answers 404 to ids that do not exist', async () => {
    const demo = await client.tokenOf(DEMO);
    for (const kind of ['space', 'project', 'board', 'task']) {
      const answer = await client.call<{ message: string }>(`/${kind}/65f0000000000000000fffff`, {
        token: demo,
      });
      expect(answer.status).toBe(404);
      expect(answer.body.message).toMatch(/not found/);
    }
  });

  it('refuses to assign someone who is not a member of the space', async () => {
    const demo = await client.tokenOf(DEMO);
    const { task } = await devSpaceThings(demo);
    const johnId = sandbox.demoUsers.find((u) => u.email === JOHN)!.id;
    const answer = await client.call<{ message: string }>(`/task/update/${task.id}`, {
      token: demo,
      body: { ...task, users: [johnId] },
    });
    expect(answer.status).toBe(400);
    expect(answer.body.message).toBe(`users: ${johnId} is not a member of this space`);
  });
});
