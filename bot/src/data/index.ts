// The data layer's public surface: open the database, then use its repositories.
export {
  Database,
  openDatabase,
  repositoriesFor,
  type DatabaseOptions,
  type Repositories,
} from './database.js';
export type { Engine } from './data-source.js';
export type {
  ConversationKind,
  ConversationRow,
  JsonObject,
  NotificationEventRow,
  BoardSnapshotRow,
  SentCardRow,
  SubscriptionRow,
  UserRow,
} from './entities/index.js';
export { PGliteSelfDeadlockError } from './pglite-pool.js';
export type { RecordConversationInput } from './repositories/conversations.js';
export { CLAIM_LEASE_SECONDS, type Claim } from './repositories/processed-actions.js';
export type { SentCardInput } from './repositories/sent-cards.js';
export { ALL_EVENTS, type SubscriptionEvent } from './repositories/subscriptions.js';
export type { LinkUserInput, TeamsUserKey } from './repositories/users.js';
export { keyIdOf, TokenCipher, TokenCipherError } from './token-cipher.js';
