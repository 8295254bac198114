// Table mappings, written as EntitySchema (no decorators: tests run through esbuild, which emits no
// decorator metadata). Column names are snake_case; the migrations own the DDL.
import { EntitySchema } from 'typeorm';

/** A jsonb value. Kept shallow on purpose: TypeORM's deep-partial types cannot follow a recursive JSON type. */
export type JsonObject = Record<string, string | number | boolean | null | object>;

const timestamps = {
  createdAt: { name: 'created_at', type: 'timestamptz', createDate: true },
  updatedAt: { name: 'updated_at', type: 'timestamptz', updateDate: true },
} as const;

export interface UserRow {
  id: string;
  tenantId: string;
  aadObjectId: string | null;
  channelUserId: string;
  teamflameUserId: string;
  teamflameEmail: string | null;
  /** The TeamFlame account's name, as TeamFlame gave it at the last sign-in. */
  teamflameName: string | null;
  locale: string | null;
  chosenBoardId: string | null;
  /** Set when this place signed out; cleared when it signs in again. */
  signedOutAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export const UserEntity = new EntitySchema<UserRow>({
  name: 'User',
  tableName: 'users',
  columns: {
    id: { type: 'uuid', primary: true, generated: 'uuid' },
    tenantId: { name: 'tenant_id', type: 'text' },
    aadObjectId: { name: 'aad_object_id', type: 'text', nullable: true },
    channelUserId: { name: 'channel_user_id', type: 'text' },
    teamflameUserId: { name: 'teamflame_user_id', type: 'text' },
    teamflameEmail: { name: 'teamflame_email', type: 'text', nullable: true },
    teamflameName: { name: 'teamflame_name', type: 'text', nullable: true },
    locale: { type: 'text', nullable: true },
    chosenBoardId: { name: 'chosen_board_id', type: 'text', nullable: true },
    signedOutAt: { name: 'signed_out_at', type: 'timestamptz', nullable: true },
    ...timestamps,
  },
  indices: [
    // One row per person: AAD object id and tenant together, when Teams gives the AAD id.
    {
      name: 'users_aad_tenant',
      columns: ['aadObjectId', 'tenantId'],
      unique: true,
      where: 'aad_object_id IS NOT NULL',
    },
    // The bot channel user id finds them too (channels and clients that send no AAD id).
    { name: 'users_channel_user', columns: ['tenantId', 'channelUserId'], unique: true },
    { name: 'users_teamflame_user', columns: ['teamflameUserId'] },
  ],
});

export interface TokenRow {
  teamflameUserId: string;
  keyId: string;
  accessCiphertext: string;
  refreshCiphertext: string | null;
  accessExpiresAt: Date;
  refreshExpiresAt: Date | null;
  updatedAt: Date;
}

export const TokenEntity = new EntitySchema<TokenRow>({
  name: 'Token',
  tableName: 'tokens',
  columns: {
    teamflameUserId: { name: 'teamflame_user_id', type: 'text', primary: true },
    keyId: { name: 'key_id', type: 'text' },
    accessCiphertext: { name: 'access_ciphertext', type: 'text' },
    refreshCiphertext: { name: 'refresh_ciphertext', type: 'text', nullable: true },
    accessExpiresAt: { name: 'access_expires_at', type: 'timestamptz' },
    refreshExpiresAt: { name: 'refresh_expires_at', type: 'timestamptz', nullable: true },
    updatedAt: timestamps.updatedAt,
  },
});

export type ConversationKind = 'personal' | 'groupChat' | 'channel';

export interface ConversationRow {
  id: string;
  tenantId: string;
  kind: ConversationKind;
  /** The Bot Framework ConversationReference, for proactive messages. */
  /** Stored as jsonb; shaped by botbuilder, not by us. */
  reference: object;
  installed: boolean;
  chosenBoardId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export const ConversationEntity = new EntitySchema<ConversationRow>({
  name: 'Conversation',
  tableName: 'conversations',
  columns: {
    id: { type: 'text', primary: true },
    tenantId: { name: 'tenant_id', type: 'text' },
    kind: { type: 'text' },
    reference: { type: 'jsonb' },
    installed: { type: 'boolean', default: true },
    chosenBoardId: { name: 'chosen_board_id', type: 'text', nullable: true },
    ...timestamps,
  },
  checks: [{ name: 'conversations_kind_check', expression: `kind IN ('personal', 'groupChat', 'channel')` }],
});

export interface SubscriptionRow {
  id: string;
  conversationId: string;
  boardId: string;
  subscribedBy: string | null;
  events: string[];
  /** `instant`: a card per poll; `every` N minutes or `daily` at a time of day: a digest. */
  delivery: 'instant' | 'every' | 'daily';
  everyMinutes: number | null;
  /** "HH:MM" in `timeZone`. */
  dailyAt: string | null;
  /** The conversation's IANA time zone when Teams told it; null: UTC. */
  timeZone: string | null;
  /** When the next digest is due (digest modes only). */
  nextDigestAt: Date | null;
  createdAt: Date;
}

export const SubscriptionEntity = new EntitySchema<SubscriptionRow>({
  name: 'Subscription',
  tableName: 'subscriptions',
  columns: {
    id: { type: 'uuid', primary: true, generated: 'uuid' },
    conversationId: { name: 'conversation_id', type: 'text' },
    boardId: { name: 'board_id', type: 'text' },
    subscribedBy: { name: 'subscribed_by', type: 'uuid', nullable: true },
    events: { type: 'jsonb' },
    delivery: { type: 'text', default: 'instant' },
    everyMinutes: { name: 'every_minutes', type: 'integer', nullable: true },
    dailyAt: { name: 'daily_at', type: 'text', nullable: true },
    timeZone: { name: 'time_zone', type: 'text', nullable: true },
    nextDigestAt: { name: 'next_digest_at', type: 'timestamptz', nullable: true },
    createdAt: timestamps.createdAt,
  },
  uniques: [{ name: 'subscriptions_conversation_id_board_id_key', columns: ['conversationId', 'boardId'] }],
  indices: [{ name: 'subscriptions_board', columns: ['boardId'] }],
  foreignKeys: [
    {
      name: 'subscriptions_conversation_id_fkey',
      target: 'Conversation',
      columnNames: ['conversation_id'],
      referencedColumnNames: ['id'],
      onDelete: 'CASCADE',
    },
    {
      name: 'subscriptions_subscribed_by_fkey',
      target: 'User',
      columnNames: ['subscribed_by'],
      referencedColumnNames: ['id'],
      onDelete: 'SET NULL',
    },
  ],
});

export interface BoardSnapshotRow {
  boardId: string;
  snapshot: JsonObject;
  takenAt: Date;
}

export const BoardSnapshotEntity = new EntitySchema<BoardSnapshotRow>({
  name: 'BoardSnapshot',
  tableName: 'board_snapshots',
  columns: {
    boardId: { name: 'board_id', type: 'text', primary: true },
    snapshot: { type: 'jsonb' },
    takenAt: { name: 'taken_at', type: 'timestamptz' },
  },
});

export interface NotificationEventRow {
  id: string;
  boardId: string;
  kind: string;
  payload: JsonObject;
  createdAt: Date;
  dispatchedAt: Date | null;
}

export const NotificationEventEntity = new EntitySchema<NotificationEventRow>({
  name: 'NotificationEvent',
  tableName: 'notification_events',
  columns: {
    id: { type: 'text', primary: true },
    boardId: { name: 'board_id', type: 'text' },
    kind: { type: 'text' },
    payload: { type: 'jsonb' },
    createdAt: timestamps.createdAt,
    dispatchedAt: { name: 'dispatched_at', type: 'timestamptz', nullable: true },
  },
  indices: [{ name: 'notification_events_pending', columns: ['boardId'], where: 'dispatched_at IS NULL' }],
});

export interface SentCardRow {
  id: string;
  conversationId: string;
  activityId: string;
  taskId: string | null;
  boardId: string | null;
  cardKind: string;
  createdAt: Date;
}

export const SentCardEntity = new EntitySchema<SentCardRow>({
  name: 'SentCard',
  tableName: 'sent_cards',
  columns: {
    id: { type: 'uuid', primary: true, generated: 'uuid' },
    conversationId: { name: 'conversation_id', type: 'text' },
    activityId: { name: 'activity_id', type: 'text' },
    taskId: { name: 'task_id', type: 'text', nullable: true },
    boardId: { name: 'board_id', type: 'text', nullable: true },
    cardKind: { name: 'card_kind', type: 'text' },
    createdAt: timestamps.createdAt,
  },
  uniques: [
    { name: 'sent_cards_conversation_id_activity_id_key', columns: ['conversationId', 'activityId'] },
  ],
  indices: [{ name: 'sent_cards_task', columns: ['taskId'] }],
});

export interface ProcessedActionRow {
  key: string;
  result: JsonObject | null;
  createdAt: Date;
  expiresAt: Date;
}

export const ProcessedActionEntity = new EntitySchema<ProcessedActionRow>({
  name: 'ProcessedAction',
  tableName: 'processed_actions',
  columns: {
    key: { type: 'text', primary: true },
    result: { type: 'jsonb', nullable: true },
    createdAt: timestamps.createdAt,
    expiresAt: { name: 'expires_at', type: 'timestamptz' },
  },
  indices: [{ name: 'processed_actions_expiry', columns: ['expiresAt'] }],
});

export interface TabSessionRow {
  id: string;
  userId: string;
  createdAt: Date;
  expiresAt: Date;
}

/** A browser session of the tab; its session token names the row, and signing out deletes it. */
export const TabSessionEntity = new EntitySchema<TabSessionRow>({
  name: 'TabSession',
  tableName: 'tab_sessions',
  columns: {
    id: { type: 'uuid', primary: true, generated: 'uuid' },
    userId: { name: 'user_id', type: 'uuid' },
    createdAt: timestamps.createdAt,
    expiresAt: { name: 'expires_at', type: 'timestamptz' },
  },
  indices: [
    { name: 'tab_sessions_user', columns: ['userId'] },
    { name: 'tab_sessions_expiry', columns: ['expiresAt'] },
  ],
  foreignKeys: [
    {
      name: 'tab_sessions_user_id_fkey',
      target: 'User',
      columnNames: ['user_id'],
      referencedColumnNames: ['id'],
      onDelete: 'CASCADE',
    },
  ],
});

export interface SignInAttemptRow {
  /** A hash of "account:<email>" or "client:<address or Teams user>": the table keeps no email or address. */
  key: string;
  attempts: number;
  windowStartedAt: Date;
}

export const SignInAttemptEntity = new EntitySchema<SignInAttemptRow>({
  name: 'SignInAttempt',
  tableName: 'sign_in_attempts',
  columns: {
    key: { type: 'text', primary: true },
    attempts: { type: 'integer' },
    windowStartedAt: { name: 'window_started_at', type: 'timestamptz' },
  },
  indices: [{ name: 'sign_in_attempts_window', columns: ['windowStartedAt'] }],
});

export const ENTITIES = [
  UserEntity,
  TokenEntity,
  ConversationEntity,
  SubscriptionEntity,
  BoardSnapshotEntity,
  NotificationEventEntity,
  SentCardEntity,
  ProcessedActionEntity,
  TabSessionEntity,
  SignInAttemptEntity,
];
