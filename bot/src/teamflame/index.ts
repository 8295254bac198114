export {
  createTeamFlameClientFactory,
  TeamFlameClient,
  type TeamFlameClientFactory,
  type TeamFlameClientOptions,
} from './client.js';
export * from './errors.js';
export type {
  Board,
  BoardColumns,
  BoardWithColumns,
  Column,
  Comment,
  Project,
  Space,
  Task,
  User,
} from './schemas.js';
export type { RetryOptions } from './http.js';
export { jwtExpiry } from './jwt-expiry.js';
export type { NewAccount, SignedIn } from './services/auth.js';
export type { NewTask, TaskChanges } from './services/tasks.js';
export type { SessionHooks, TeamFlameSession } from './session.js';
export type { TeamFlameTokenSet } from './token-set.js';
export { toPlainText, toSafeHtml } from './rich-text.js';
export { displayName, memberIdsOf } from './task-facts.js';
