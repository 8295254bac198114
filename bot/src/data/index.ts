// The data layer's public surface: open the database, then use its repositories.
export { Database, openDatabase, type Repositories } from './database.js';
export type { Engine } from './data-source.js';
export type { ConversationRow, JsonObject, NotificationEventRow, UserRow } from './entities/index.js';
export { CLAIM_LEASE_SECONDS } from './repositories/processed-actions.js';
export type { LinkUserInput, TeamsUserKey } from './repositories/users.js';
