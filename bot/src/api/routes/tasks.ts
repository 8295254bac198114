// One task: read it, change it, its comments.
import { taskDto } from '../dto.js';
import type { ApiDeps } from '../deps.js';
import type { RouteHandlers } from '../router.js';

export function taskRoutes(
  deps: ApiDeps,
): Pick<RouteHandlers, 'task' | 'updateTask' | 'comments' | 'addComment'> {
  return {
    task: async ({ user, params }) => taskDto(await deps.boards.reader(user).task(params.taskId)),
    async updateTask({ user, params, body: { description, ...rest } }) {
      // The write knows the task as it left it: the answer reads nothing more (a move is two calls).
      const task = await deps.boards.editTask(user, params.taskId, { ...rest, descriptionText: description });
      return taskDto(await deps.boards.reader(user).task(params.taskId, task));
    },
    comments: async ({ user, params }) =>
      taskDto(await deps.boards.reader(user).task(params.taskId)).comments ?? [],
    async addComment({ user, params, body }) {
      const task = await deps.boards.comment(user, params.taskId, body.text);
      return taskDto(await deps.boards.reader(user).task(params.taskId, task));
    },
  };
}
