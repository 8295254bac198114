// The data API: spaces, projects, boards, columns, tasks, comments, users.
import { z } from 'zod';
import { Access } from '../access.js';
import { HttpError, route, type Route } from '../http.js';
import { publicUser, type Store, type Task } from '../model.js';
import { createBoard, fullName } from '../seed.js';
import { parseBody } from '../validate.js';

const id = z.string().regex(/^[0-9a-f]{24}$/, 'must be a 24-character id');
const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z?)?$/, 'must be YYYY-MM-DDTHH:MM:SS');
const name = z.string().trim().min(1, 'must not be empty').max(500);
const priority = z.enum(['low', 'middle', 'high', '']);

const schemas = {
  space: z.object({
    name,
    logo: z.string().optional(),
    color: z.string().optional(),
    invites: z.array(z.string()).optional(),
  }),
  project: z.object({
    name,
    space: id,
    projectKey: z.string().optional(),
    private: z.boolean().optional(),
    logo: z.string().optional(),
    color: z.string().optional(),
    location: z.string().optional(),
  }),
  board: z.object({
    name,
    spaceId: id,
    projectId: id,
    location: z.string().optional(),
    logo: z.string().optional(),
    color: z.string().optional(),
  }),
  column: z.object({
    name,
    boardId: id,
    color: z.string().optional(),
    location: z.string().optional(),
    projectId: id.optional(),
    spaceId: id.optional(),
  }),
  task: z.object({
    name,
    description: z.string().max(100_000).optional(),
    columnId: id,
    boardId: id.optional(),
    projectId: id.optional(),
    spaceId: id.optional(),
    location: z.string().optional(),
    users: z.array(id).optional(),
    priority: priority.optional(),
    startDate: date.nullable().optional(),
    endDate: date.nullable().optional(),
  }),
  changeColumn: z.object({ columnId: id, location: z.string().optional() }),
  update: z
    .object({
      name,
      description: z.string().max(100_000).optional(),
      users: z.array(id).optional(),
      priority: priority.optional(),
      startDate: date.nullable().optional(),
      endDate: date.nullable().optional(),
    })
    .loose(),
  comment: z.object({ task: id, text: z.string().trim().min(1, 'must not be empty').max(20_000) }),
};

export function dataRoutes(getStore: () => Store): Route[] {
  const store = () => getStore();
  const access = () => new Access(getStore());
  const columnsOf = (boardId: string) =>
    store()
      .boards.get(boardId)!
      .columns.map((c) => store().columns.get(c)!);
  const tasksOf = (columnId: string) => [...store().tasks.values()].filter((t) => t.columnId === columnId);

  return [
    route('GET', '/space/spacesByUserId', ({ user }) => ({ body: access().spacesOf(user) })),
    route('GET', '/space/:id', ({ user, params }) => ({ body: access().space(user, params.id!) })),
    route('POST', '/space/create', ({ user, body }) => {
      const input = parseBody(schemas.space, body);
      const invited = [...store().users.values()]
        .filter((u) => input.invites?.includes(u.email))
        .map((u) => u.id);
      const space = {
        id: store().nextId(),
        name: input.name,
        logo: input.logo,
        color: input.color,
        users: [user.id, ...invited],
      };
      store().spaces.set(space.id, space);
      return { status: 201, body: space };
    }),

    route('GET', '/project/projectsBySpace/:spaceId', ({ user, params }) => {
      access().space(user, params.spaceId!);
      return { body: [...store().projects.values()].filter((p) => p.space === params.spaceId) };
    }),
    route('GET', '/project/:id', ({ user, params }) => ({ body: access().project(user, params.id!) })),
    route('POST', '/project/create', ({ user, body }) => {
      const input = parseBody(schemas.project, body);
      access().space(user, input.space);
      const project = {
        id: store().nextId(),
        name: input.name,
        space: input.space,
        projectKey: input.projectKey,
        private: input.private,
        color: input.color,
      };
      store().projects.set(project.id, project);
      return { status: 201, body: project };
    }),

    route('GET', '/board/boardsByProject/:projectId', ({ user, params }) => {
      access().project(user, params.projectId!);
      return { body: [...store().boards.values()].filter((b) => b.projectId === params.projectId) };
    }),
    route('GET', '/board/boardsByUser', ({ user }) => {
      const spaces = new Set(
        access()
          .spacesOf(user)
          .map((s) => s.id),
      );
      return { body: [...store().boards.values()].filter((b) => spaces.has(b.spaceId)) };
    }),
    route('GET', '/board/:id', ({ user, params }) => ({ body: access().board(user, params.id!) })),
    route('POST', '/board/create', ({ user, body }) => {
      const input = parseBody(schemas.board, body);
      const project = access().project(user, input.projectId);
      if (project.space !== input.spaceId) throw new HttpError(400, 'projectId: does not belong to spaceId');
      const board = createBoard(store(), {
        name: input.name,
        spaceId: input.spaceId,
        projectId: input.projectId,
        color: input.color,
      });
      return { status: 201, body: board };
    }),

    route('GET', '/column/getByBoard/:boardId', ({ user, params, query }) => {
      access().board(user, params.boardId!);
      const columns = columnsOf(params.boardId!);
      return { body: query.get('hideClosed') === 'true' ? columns.filter((c) => !c.closed) : columns };
    }),
    route('GET', '/column/getByBoardOneLayer/:boardId', ({ user, params }) => {
      access().board(user, params.boardId!);
      return { body: columnsOf(params.boardId!).map((c) => ({ ...c, tasks: tasksOf(c.id) })) };
    }),
    route('POST', '/column/create', ({ user, body }) => {
      const input = parseBody(schemas.column, body);
      const board = access().board(user, input.boardId);
      const column = { id: store().nextId(), name: input.name, boardId: board.id, color: input.color };
      store().columns.set(column.id, column);
      board.columns.push(column.id);
      return { status: 201, body: column };
    }),

    route('GET', '/task/getTasksByColumn/:columnId', ({ user, params }) => {
      access().column(user, params.columnId!);
      return { body: tasksOf(params.columnId!) };
    }),
    route('GET', '/task/my', ({ user }) => ({ body: myTasks(user.id) })),
    route('GET', '/tasks/my', ({ user }) => ({ body: myTasks(user.id) })),
    route('GET', '/task/:id', ({ user, params }) => ({ body: access().task(user, params.id!) })),
    route('POST', '/task/create', ({ user, body }) => {
      const input = parseBody(schemas.task, body);
      const column = access().column(user, input.columnId);
      const board = store().boards.get(column.boardId)!;
      checkMembers(board.spaceId, input.users ?? []);
      const task: Task = {
        id: store().nextId(),
        name: input.name,
        description: input.description ?? '',
        columnId: column.id,
        boardId: board.id,
        projectId: board.projectId,
        spaceId: board.spaceId,
        taskNumber: store().nextTaskNumber(),
        priority: input.priority ?? '',
        status: [],
        users: input.users ?? [],
        creator: { firstName: user.firstName, lastName: user.lastName, name: fullName(user) },
        comments: [],
        subTasks: [],
        ...(input.startDate ? { startDate: input.startDate } : {}),
        ...(input.endDate ? { endDate: input.endDate } : {}),
      };
      store().tasks.set(task.id, task);
      return { status: 201, body: task };
    }),
    route('POST', '/task/change-column/:taskId', ({ user, params, body }) => {
      const input = parseBody(schemas.changeColumn, body);
      const task = access().task(user, params.taskId!);
      const column = store().columns.get(input.columnId);
      if (!column || column.boardId !== task.boardId)
        throw new HttpError(400, 'columnId: not a column of this board');
      task.columnId = column.id;
      return { body: task };
    }),
    route('POST', '/task/update/:taskId', ({ user, params, body }) => {
      const input = parseBody(schemas.update, body);
      const task = access().task(user, params.taskId!);
      checkMembers(task.spaceId, input.users ?? []);
      task.name = input.name;
      if (input.description !== undefined) task.description = input.description;
      if (input.users !== undefined) task.users = input.users;
      if (input.priority !== undefined) task.priority = input.priority;
      for (const key of ['startDate', 'endDate'] as const) {
        if (input[key] === null || input[key] === '') delete task[key];
        else if (input[key] !== undefined) task[key] = input[key];
      }
      return { body: task };
    }),

    route('POST', '/comment/create', ({ user, body }) => {
      const input = parseBody(schemas.comment, body);
      const task = access().task(user, input.task);
      const comment = { userName: fullName(user), text: input.text };
      task.comments.push(comment);
      return { status: 201, body: { ...comment, task: task.id } };
    }),

    route('GET', '/user/me', ({ user }) => ({ body: publicUser(user) })),
    route('GET', '/user/:id', ({ params }) => {
      const found = store().users.get(params.id!);
      if (!found) throw new HttpError(404, 'User not found');
      return { body: publicUser(found) };
    }),
  ];

  function myTasks(userId: string): Task[] {
    return [...store().tasks.values()].filter((t) => t.users.includes(userId));
  }

  function checkMembers(spaceId: string, userIds: string[]): void {
    const members = store().spaces.get(spaceId)!.users;
    const outsider = userIds.find((u) => !members.includes(u));
    if (outsider) throw new HttpError(400, `users: ${outsider} is not a member of this space`);
  }
}
