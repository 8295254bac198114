// Every TeamFlame path the sandbox answers, auth and data, in one table (order matters: literals before `:id`).
import { authRoutes } from './auth.js';
import { boardRoutes } from './boards.js';
import { columnRoutes } from './columns.js';
import { commentRoutes } from './comments.js';
import type { ApiRoute } from './context.js';
import { projectRoutes } from './projects.js';
import { spaceRoutes } from './spaces.js';
import { taskRoutes } from './tasks.js';
import { userRoutes } from './users.js';

export const apiRoutes: readonly ApiRoute[] = [
  ...authRoutes,
  ...spaceRoutes,
  ...projectRoutes,
  ...boardRoutes,
  ...columnRoutes,
  ...taskRoutes,
  ...commentRoutes,
  ...userRoutes,
];
