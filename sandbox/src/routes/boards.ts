// /board/*: boards of a project or of the caller, one board, a new board with the four default columns.
import { z } from 'zod';
import { HttpError } from '../http.js';
import { createBoard } from '../seed.js';
import { parseBody } from '../validate.js';
import { route, type ApiRoute } from './context.js';
import { entityName, objectId, optionalText } from './fields.js';

const createBoardSchema = z.object({
  name: entityName,
  spaceId: objectId,
  projectId: objectId,
  location: z.string().optional(),
  logo: optionalText,
  color: optionalText,
});

export const boardRoutes: ApiRoute[] = [
  route('GET', '/board/boardsByProject/:projectId', ({ params }, { user, access, store }) => {
    const project = access.project(user, params.projectId!);
    return { body: [...store.boards.values()].filter((b) => b.projectId === project.id) };
  }),

  route('GET', '/board/boardsByUser', (_request, { user, access, store }) => {
    const visible = new Set(access.spacesOf(user).map((s) => s.id));
    return { body: [...store.boards.values()].filter((b) => visible.has(b.spaceId)) };
  }),

  route('GET', '/board/:id', ({ params }, { user, access }) => ({ body: access.board(user, params.id!) })),

  route('POST', '/board/create', ({ body }, { user, access, store }) => {
    const input = parseBody(createBoardSchema, body);
    const project = access.project(user, input.projectId);
    if (project.space !== input.spaceId) throw new HttpError(400, 'projectId: does not belong to spaceId');
    const board = createBoard(store, {
      name: input.name,
      spaceId: project.space,
      projectId: project.id,
      ...(input.color === undefined ? {} : { color: input.color }),
    });
    return { status: 201, body: board };
  }),
];
