// Where boards live (spaces -> projects -> boards), and creating a board.
import type { ApiDeps } from '../deps.js';
import type { RouteHandlers } from '../router.js';

type CatalogRoutes = 'spaces' | 'projectChoices' | 'projects' | 'projectBoards' | 'boards' | 'createBoard';

export function catalogRoutes(deps: ApiDeps): Pick<RouteHandlers, CatalogRoutes> {
  const read = (user: Parameters<ApiDeps['boards']['reader']>[0]) => deps.boards.reader(user);
  return {
    spaces: ({ user }) => read(user).spaces(),
    projectChoices: ({ user }) => read(user).projectChoices(),
    projects: ({ user, params }) => read(user).projectsOfSpace(params.spaceId),
    projectBoards: ({ user, params }) => read(user).boardsOfProject(params.projectId),
    boards: ({ user }) => read(user).boardChoices(),
    async createBoard({ user, body }) {
      const board = await deps.boards.createBoard(user, body.projectId, body.name);
      const [created] = (await read(user).boardsOfProject(body.projectId)).filter((b) => b.id === board.id);
      return created ?? { id: board.id, name: board.name, path: '' };
    },
  };
}
