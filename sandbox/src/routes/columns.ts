// /column/*: a board's columns in order (optionally without closed ones, or with their tasks), a new column,
// a renamed one.
import { z } from 'zod';
import { HttpError } from '../http.js';
import type { Column } from '../store.js';
import { parseBody } from '../validate.js';
import { route, type ApiRoute } from './context.js';
import { entityName, objectId, optionalText } from './fields.js';

const createColumnSchema = z.object({
  name: entityName,
  boardId: objectId,
  color: optionalText,
  location: z.string().optional(),
  projectId: objectId.optional(),
  spaceId: objectId.optional(),
});

// The whole column comes back with its name changed (as tasks do through /task/update); other fields are ignored.
const updateColumnSchema = z.object({ name: entityName }).loose();

export const columnRoutes: ApiRoute[] = [
  route('GET', '/column/getByBoard/:boardId', ({ params, query }, { user, access, store }) => {
    const columns = store.columnsOf(access.board(user, params.boardId!));
    return { body: query.get('hideClosed') === 'true' ? columns.filter((c) => !c.closed) : columns };
  }),

  // The whole board in one call: each column with its tasks embedded.
  route('GET', '/column/getByBoardOneLayer/:boardId', ({ params }, { user, access, store }) => {
    const columns = store.columnsOf(access.board(user, params.boardId!));
    return { body: columns.map((column) => ({ ...column, tasks: store.tasksIn(column.id) })) };
  }),

  route('POST', '/column/create', ({ body }, { user, access, store }) => {
    const input = parseBody(createColumnSchema, body);
    const board = access.board(user, input.boardId);
    if (input.spaceId && input.spaceId !== board.spaceId)
      throw new HttpError(400, 'spaceId: the board is not in this space');
    const column: Column = {
      id: store.nextId(),
      name: input.name,
      boardId: board.id,
      ...(input.color === undefined ? {} : { color: input.color }),
    };
    store.columns.set(column.id, column);
    board.columns.push(column.id);
    return { status: 201, body: column };
  }),

  route('POST', '/column/update/:columnId', ({ params, body }, { user, access }) => {
    const input = parseBody(updateColumnSchema, body);
    const column = access.column(user, params.columnId!);
    column.name = input.name;
    return { body: column };
  }),
];
