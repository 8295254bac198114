export { createTeamFlameClientFactory, TeamFlameClient, type TeamFlameClientFactory } from './client.js';
export * from './errors.js';
export type { Board, BoardColumns, Column, Project, Space, Task, User } from './schemas.js';
export type { SignedIn } from './services/auth.js';
export type { TeamFlameTokenSet } from './token-set.js';
export { toPlainText, toSafeHtml, typedTextToHtml } from './rich-text.js';
export { displayName, memberIdsOf } from './task-facts.js';
