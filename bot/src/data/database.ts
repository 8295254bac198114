// The one data layer the bot and the tab API share: PostgreSQL when DATABASE_URL is set, otherwise an
// embedded PGlite under DATA_DIR. Migrations run at start (never `synchronize`), under an advisory lock on
// PostgreSQL so that several instances starting together apply them once.
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { DataSource, type EntityManager } from 'typeorm';
import type { Logger } from '../logger.js';
import { ENTITIES } from './entities/index.js';
import { MIGRATIONS } from './migrations/index.js';
import { serializedPGliteDriver } from './pglite-pool.js';
import { ConversationsRepository } from './repositories/conversations.js';
import { EventsRepository, SnapshotsRepository } from './repositories/notifier-state.js';
import { ProcessedActionsRepository } from './repositories/processed-actions.js';
import { SentCardsRepository } from './repositories/sent-cards.js';
import { SubscriptionsRepository } from './repositories/subscriptions.js';
import { TokensRepository } from './repositories/tokens.js';
import { UsersRepository } from './repositories/users.js';
import { TokenCipher } from './token-cipher.js';

export interface DatabaseOptions {
  /** postgres://… ; unset: embedded PGlite. */
  databaseUrl?: string;
  /** Where PGlite keeps its files; `memory://` for a throwaway in-memory database. */
  pgliteDir?: string;
  /** AES-256 keys for stored tokens; the first seals, all open. */
  encryptionKeys: Buffer[];
  logger: Logger;
  /** Skip running migrations (tests that drive them by hand). */
  migrate?: boolean;
}

export interface Repositories {
  users: UsersRepository;
  tokens: TokensRepository;
  conversations: ConversationsRepository;
  subscriptions: SubscriptionsRepository;
  sentCards: SentCardsRepository;
  processedActions: ProcessedActionsRepository;
  snapshots: SnapshotsRepository;
  events: EventsRepository;
}

/** Any 64-bit number both instances agree on; it names our migration lock. */
const MIGRATION_LOCK_ID = 7_301_772_001;

export class Database implements Repositories {
  readonly users: UsersRepository;
  readonly tokens: TokensRepository;
  readonly conversations: ConversationsRepository;
  readonly subscriptions: SubscriptionsRepository;
  readonly sentCards: SentCardsRepository;
  readonly processedActions: ProcessedActionsRepository;
  readonly snapshots: SnapshotsRepository;
  readonly events: EventsRepository;

  constructor(
    readonly dataSource: DataSource,
    readonly engine: 'postgres' | 'pglite',
    private readonly cipher: TokenCipher,
    private readonly onClose: () => Promise<void>,
  ) {
    this.users = new UsersRepository(dataSource.manager);
    this.tokens = new TokensRepository(dataSource.manager, cipher);
    this.conversations = new ConversationsRepository(dataSource.manager);
    this.subscriptions = new SubscriptionsRepository(dataSource.manager);
    this.sentCards = new SentCardsRepository(dataSource.manager);
    this.processedActions = new ProcessedActionsRepository(dataSource.manager);
    this.snapshots = new SnapshotsRepository(dataSource.manager);
    this.events = new EventsRepository(dataSource.manager);
  }

  /** Runs `work` in one transaction; its repositories see and write only inside it. */
  transaction<T>(work: (tx: Repositories) => Promise<T>): Promise<T> {
    return this.dataSource.transaction((manager) => work(repositoriesFor(manager, this.cipher)));
  }

  /** Readiness: reachable, and every migration applied. */
  async isReady(): Promise<boolean> {
    try {
      if (!this.dataSource.isInitialized) return false;
      return !(await this.dataSource.showMigrations());
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
    await this.onClose();
  }
}

export function repositoriesFor(manager: EntityManager, cipher: TokenCipher): Repositories {
  return {
    users: new UsersRepository(manager),
    tokens: new TokensRepository(manager, cipher),
    conversations: new ConversationsRepository(manager),
    subscriptions: new SubscriptionsRepository(manager),
    sentCards: new SentCardsRepository(manager),
    processedActions: new ProcessedActionsRepository(manager),
    snapshots: new SnapshotsRepository(manager),
    events: new EventsRepository(manager),
  };
}

const common = {
  type: 'postgres' as const,
  entities: ENTITIES,
  migrations: MIGRATIONS,
  migrationsTransactionMode: 'each' as const,
  synchronize: false,
  logging: false,
  installExtensions: false,
  uuidExtension: 'pgcrypto' as const,
};

async function openPGlite(dir: string): Promise<{ dataSource: DataSource; close: () => Promise<void> }> {
  if (!dir.startsWith('memory://')) mkdirSync(dir, { recursive: true });
  const pglite = await PGlite.create(dir);
  const dataSource = new DataSource({ ...common, driver: serializedPGliteDriver, extra: { pglite } });
  return { dataSource, close: () => pglite.close() };
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const cipher = new TokenCipher(options.encryptionKeys);
  const opened = options.databaseUrl
    ? { dataSource: new DataSource({ ...common, url: options.databaseUrl }), close: async () => undefined }
    : await openPGlite(options.pgliteDir ?? 'memory://');
  const engine = options.databaseUrl ? 'postgres' : 'pglite';
  await opened.dataSource.initialize();
  const database = new Database(opened.dataSource, engine, cipher, opened.close);
  if (options.migrate !== false) await migrate(database, options.logger);
  return database;
}

/** Applies pending migrations once, even with several instances starting on one database. */
export async function migrate(database: Database, logger: Logger): Promise<void> {
  const { dataSource, engine } = database;
  if (engine === 'pglite') {
    // One process owns an embedded database: no lock needed (and a held lease would block the migrator).
    await runMigrations(dataSource, logger);
    return;
  }
  const lock = dataSource.createQueryRunner();
  try {
    await lock.connect();
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_ID]);
    await runMigrations(dataSource, logger);
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_ID]).catch(() => undefined);
    await lock.release();
  }
}

async function runMigrations(dataSource: DataSource, logger: Logger): Promise<void> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  if (applied.length > 0) logger.info({ migrations: applied.map((m) => m.name) }, 'database migrated');
}
