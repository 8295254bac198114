// /task/*, /tasks/my: tasks of a column, one task, the caller's tasks, create, move, update (whole object).
import { z } from 'zod';
import { HttpError } from '../http.js';
import { fullName, type Store, type Task } from '../store.js';
import { parseBody } from '../validate.js';
import { route, type ApiRoute } from './context.js';
import { entityName, objectId, priority, teamflameDateField } from './fields.js';

/** null or "" clears a date. */
const dateOrClear = z
  .union([teamflameDateField, z.literal('')])
  .nullable()
  .optional();
const description = z.string().max(100_000, 'must be at most 100000 characters');
const assignees = z.array(objectId).max(50);

const createTaskSchema = z.object({
  name: entityName,
  description: description.optional(),
  columnId: objectId,
  boardId: objectId.optional(),
  projectId: objectId.optional(),
  spaceId: objectId.optional(),
  location: z.string().optional(),
  users: assignees.optional(),
  priority: priority.optional(),
  startDate: dateOrClear,
  endDate: dateOrClear,
});

const changeColumnSchema = z.object({ columnId: objectId, location: z.string().optional() });

// The whole task comes back with some fields changed; fields this sandbox does not edit are ignored.
const updateTaskSchema = z
  .object({
    name: entityName,
    description: description.nullable().optional(),
    users: assignees.optional(),
    priority: priority.optional(),
    startDate: dateOrClear,
    endDate: dateOrClear,
  })
  .loose();

export const taskRoutes: ApiRoute[] = [
  route('GET', '/task/getTasksByColumn/:columnId', ({ params }, { user, access, store }) => {
    const column = access.column(user, params.columnId!);
    return { body: store.tasksIn(column.id) };
  }),

  // /task/my was seen in 2023, /tasks/my (with X-Api-Version: 1) in 2024: both answer the same.
  route('GET', '/task/my', (_request, { user, store }) => ({ body: store.tasksAssignedTo(user.id) })),
  route('GET', '/tasks/my', (_request, { user, store }) => ({ body: store.tasksAssignedTo(user.id) })),

  route('GET', '/task/:id', ({ params }, { user, access }) => ({ body: access.task(user, params.id!) })),

  route('POST', '/task/create', ({ body }, { user, access, store }) => {
    const input = parseBody(createTaskSchema, body);
    const column = access.column(user, input.columnId);
    const board = store.boards.get(column.boardId)!;
    if (input.boardId && input.boardId !== board.id)
      throw new HttpError(400, 'boardId: the column is not on this board');
    if (input.spaceId && input.spaceId !== board.spaceId)
      throw new HttpError(400, 'spaceId: the column is not in this space');
    const users = input.users ?? [];
    requireMembers(store, board.spaceId, users);
    const task: Task = {
      id: store.nextId(),
      name: input.name,
      description: input.description ?? '',
      columnId: column.id,
      boardId: board.id,
      projectId: board.projectId,
      spaceId: board.spaceId,
      taskNumber: store.nextTaskNumber(),
      priority: input.priority ?? '',
      status: [],
      users: [...new Set(users)],
      creator: { firstName: user.firstName, lastName: user.lastName, name: fullName(user) },
      comments: [],
      subTasks: [],
      ...(input.startDate ? { startDate: input.startDate } : {}),
      ...(input.endDate ? { endDate: input.endDate } : {}),
    };
    store.tasks.set(task.id, task);
    return { status: 201, body: task };
  }),

  route('POST', '/task/change-column/:taskId', ({ params, body }, { user, access, store }) => {
    const input = parseBody(changeColumnSchema, body);
    const task = access.task(user, params.taskId!);
    const column = store.columns.get(input.columnId);
    if (!column || column.boardId !== task.boardId)
      throw new HttpError(400, 'columnId: not a column of this board');
    task.columnId = column.id;
    return { body: task };
  }),

  route('POST', '/task/update/:taskId', ({ params, body }, { user, access, store }) => {
    const input = parseBody(updateTaskSchema, body);
    const task = access.task(user, params.taskId!);
    if (input.users !== undefined) requireMembers(store, task.spaceId, input.users);
    task.name = input.name;
    if (input.description !== undefined) task.description = input.description ?? '';
    if (input.users !== undefined) task.users = [...new Set(input.users)];
    if (input.priority !== undefined) task.priority = input.priority;
    for (const key of ['startDate', 'endDate'] as const) {
      const value = input[key];
      if (value === null || value === '') delete task[key];
      else if (value !== undefined) task[key] = value;
    }
    return { body: task };
  }),
];

/** Only members of the task's space can be assigned. */
function requireMembers(store: Store, spaceId: string, userIds: string[]): void {
  const members = store.spaces.get(spaceId)?.users ?? [];
  const outsider = userIds.find((id) => !members.includes(id));
  if (outsider) throw new HttpError(400, `users: ${outsider} is not a member of this space`);
}
