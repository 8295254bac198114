// The tab's REST API: the contract's route table, served by one small handler module per resource.
import type { Server } from 'restify';
import type { Logger } from '../logger.js';
import type { Authenticator } from './authenticate.js';
import type { ApiDeps } from './deps.js';
import { registerRoutes } from './router.js';
import { authRoutes } from './routes/auth.js';
import { boardRoutes } from './routes/boards.js';
import { catalogRoutes } from './routes/catalog.js';
import { subscriptionRoutes } from './routes/subscriptions.js';
import { taskRoutes } from './routes/tasks.js';

export type { ApiDeps } from './deps.js';

export function registerTabApi(
  server: Server,
  deps: ApiDeps,
  options: { auth: Authenticator; logger: Logger; checkAnswers?: boolean },
): void {
  registerRoutes(
    server,
    {
      ...authRoutes(deps),
      ...catalogRoutes(deps),
      ...boardRoutes(deps),
      ...taskRoutes(deps),
      ...subscriptionRoutes(deps),
    },
    options,
  );
}
