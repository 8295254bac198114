export { Database, openDatabase, migrate, type DatabaseOptions, type Repositories } from './database.js';
export type {
  ConversationKind,
  ConversationRow,
  JsonObject,
  SubscriptionRow,
  SentCardRow,
  UserRow,
  NotificationEventRow,
} from './entities/index.js';
export { ALL_EVENTS, type SubscriptionEvent } from './repositories/subscriptions.js';
export type { TeamsUserKey, LinkUserInput } from './repositories/users.js';
export type { Claim } from './repositories/processed-actions.js';
export { TokenCipher, keyIdOf } from './token-cipher.js';
