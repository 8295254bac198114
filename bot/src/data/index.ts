// The data layer's public surface: open the database, then use its repositories.
export { Database, openDatabase, type Repositories } from './database.js';
export type { Engine } from './data-source.js';
export type { ConversationRow, JsonObject, SubscriptionRow, UserRow } from './entities/index.js';
export type { ChangeActor } from './repositories/app-changes.js';
export type { PersonalFollowRow } from './repositories/personal-follows.js';
export type { DeliverySettings } from './repositories/subscriptions.js';
export { CLAIM_LEASE_SECONDS } from './repositories/processed-actions.js';
export type { LinkUserInput, TeamsUserKey } from './repositories/users.js';
