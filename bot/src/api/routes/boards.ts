// One board: the whole of it, its people, adding and renaming columns, adding tasks.
import { boardDto, personDto, taskDto } from '../dto.js';
import type { ApiDeps } from '../deps.js';
import type { RouteHandlers } from '../router.js';

export function boardRoutes(
  deps: ApiDeps,
): Pick<RouteHandlers, 'board' | 'boardMembers' | 'createColumn' | 'renameColumn' | 'createTask'> {
  return {
    board: async ({ user, params }) => boardDto(await deps.boards.reader(user).board(params.boardId)),
    boardMembers: async ({ user, params }) =>
      (await deps.boards.reader(user).members(params.boardId)).map(personDto),
    async createColumn({ user, params, body }) {
      const { column } = await deps.boards.createColumn(user, params.boardId, body.name);
      return { id: column.id, name: column.name, tasks: [] };
    },
    async renameColumn({ user, params, body }) {
      const column = await deps.boards.renameColumn(user, params.boardId, params.columnId, body.name);
      return { id: column.id, name: column.name };
    },
    async createTask({ user, params, body }) {
      const task = await deps.boards.createTask(user, {
        boardId: params.boardId,
        columnId: body.columnId,
        name: body.name,
        descriptionText: body.description,
        assigneeIds: body.assigneeIds,
        dueDate: body.dueDate,
      });
      return taskDto(await deps.boards.reader(user).task(task.id));
    },
  };
}
