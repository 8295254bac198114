// The one data layer the bot and the tab API share: PostgreSQL when DATABASE_URL is set, otherwise an
// embedded PGlite under DATA_DIR. Migrations run at start (never `synchronize`).
import { join } from 'node:path';
import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from '../logger.js';
import type { TeamFlameTokenSet } from '../teamflame/token-set.js';
import { pgliteDataSource, postgresDataSource, type Engine, type OpenedDataSource } from './data-source.js';
import type { UserRow } from './entities/index.js';
import { applyMigrations } from './migrator.js';
import type { TransactionScope } from './pglite-pool.js';
import { AppChangesRepository } from './repositories/app-changes.js';
import { ConversationsRepository } from './repositories/conversations.js';
import { EventsRepository, SnapshotsRepository } from './repositories/notifier-state.js';
import { PersonalFollowsRepository } from './repositories/personal-follows.js';
import { PreferencesRepository } from './repositories/preferences.js';
import { ProcessedActionsRepository } from './repositories/processed-actions.js';
import { SentCardsRepository } from './repositories/sent-cards.js';
import { SignInAttemptsRepository } from './repositories/sign-in-attempts.js';
import { SubscriptionsRepository } from './repositories/subscriptions.js';
import { TabSessionsRepository } from './repositories/tab-sessions.js';
import { TokensRepository } from './repositories/tokens.js';
import { UsersRepository, type LinkUserInput } from './repositories/users.js';
import { TokenCipher } from './token-cipher.js';

export interface DatabaseOptions {
  /** postgres://… ; unset: embedded PGlite. */
  databaseUrl?: string;
  /** PGlite keeps its files in `<dataDir>/pglite` (config.dataDir). */
  dataDir?: string;
  /** Overrides where PGlite keeps its files; `memory://` for a throwaway in-memory database. */
  pgliteDir?: string;
  /** AES-256 keys for stored tokens; the first seals, all open (key rotation). */
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
  preferences: PreferencesRepository;
  sentCards: SentCardsRepository;
  processedActions: ProcessedActionsRepository;
  snapshots: SnapshotsRepository;
  events: EventsRepository;
  tabSessions: TabSessionsRepository;
  signInAttempts: SignInAttemptsRepository;
  appChanges: AppChangesRepository;
  personalFollows: PersonalFollowsRepository;
}

function repositoriesFor(manager: EntityManager, cipher: TokenCipher, logger: Logger): Repositories {
  return {
    users: new UsersRepository(manager),
    tokens: new TokensRepository(manager, cipher, logger),
    conversations: new ConversationsRepository(manager),
    subscriptions: new SubscriptionsRepository(manager),
    preferences: new PreferencesRepository(manager),
    sentCards: new SentCardsRepository(manager),
    processedActions: new ProcessedActionsRepository(manager),
    snapshots: new SnapshotsRepository(manager),
    events: new EventsRepository(manager),
    tabSessions: new TabSessionsRepository(manager),
    signInAttempts: new SignInAttemptsRepository(manager),
    appChanges: new AppChangesRepository(manager),
    personalFollows: new PersonalFollowsRepository(manager),
  };
}

export class Database implements Repositories {
  readonly users: UsersRepository;
  readonly tokens: TokensRepository;
  readonly conversations: ConversationsRepository;
  readonly subscriptions: SubscriptionsRepository;
  readonly preferences: PreferencesRepository;
  readonly sentCards: SentCardsRepository;
  readonly processedActions: ProcessedActionsRepository;
  readonly snapshots: SnapshotsRepository;
  readonly events: EventsRepository;
  readonly tabSessions: TabSessionsRepository;
  readonly signInAttempts: SignInAttemptsRepository;
  readonly appChanges: AppChangesRepository;
  readonly personalFollows: PersonalFollowsRepository;
  readonly dataSource: DataSource;
  readonly engine: Engine;
  private closing: Promise<void> | undefined;

  constructor(
    private readonly opened: OpenedDataSource,
    private readonly cipher: TokenCipher,
    private readonly logger: Logger,
  ) {
    this.dataSource = opened.dataSource;
    this.engine = opened.engine;
    const repositories = repositoriesFor(this.dataSource.manager, cipher, logger);
    this.users = repositories.users;
    this.tokens = repositories.tokens;
    this.conversations = repositories.conversations;
    this.subscriptions = repositories.subscriptions;
    this.preferences = repositories.preferences;
    this.sentCards = repositories.sentCards;
    this.processedActions = repositories.processedActions;
    this.snapshots = repositories.snapshots;
    this.events = repositories.events;
    this.tabSessions = repositories.tabSessions;
    this.signInAttempts = repositories.signInAttempts;
    this.appChanges = repositories.appChanges;
    this.personalFollows = repositories.personalFollows;
  }

  /**
   * Runs `work` in one transaction; the repositories it receives read and write inside it. On PGlite
   * transactions run one at a time, and using `database.*` (not `tx.*`) inside one fails at once.
   */
  transaction<T>(work: (tx: Repositories) => Promise<T>): Promise<T> {
    const run = () =>
      this.dataSource.transaction((manager) => work(repositoriesFor(manager, this.cipher, this.logger)));
    const scope: TransactionScope | undefined = this.opened.scope;
    return scope ? scope.run(run) : run();
  }

  /** A user signed in: link the Teams identity to the TeamFlame account and store the tokens, together. */
  recordSignIn(link: LinkUserInput, tokens: TeamFlameTokenSet): Promise<UserRow> {
    return this.transaction(async (tx) => {
      const user = await tx.users.link(link);
      await tx.tokens.save(link.teamflameUserId, tokens);
      return user;
    });
  }

  /**
   * This place (a Teams user, or the tab's browser identity) signs out. The account's TeamFlame tokens are
   * deleted when no other place is signed in to it; true when they were.
   */
  signOut(userId: string): Promise<boolean> {
    return this.transaction(async (tx) => {
      const user = await tx.users.findById(userId);
      if (!user) return false;
      await tx.users.markSignedOut(user.id);
      const others = await tx.users.findByTeamFlameUser(user.teamflameUserId);
      if (others.some((other) => other.id !== user.id && !other.signedOutAt)) return false;
      await tx.tokens.delete(user.teamflameUserId);
      return true;
    });
  }

  /** Readiness (/readyz): the database answers and every migration is applied. */
  async isReady(): Promise<boolean> {
    if (!this.dataSource.isInitialized || this.closing) return false;
    try {
      return !(await this.dataSource.showMigrations());
    } catch (error) {
      this.logger.warn({ err: error }, 'database not ready');
      return false;
    }
  }

  /** Idempotent. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      if (this.dataSource.isInitialized) await this.dataSource.destroy();
      await this.opened.release();
    })();
    return this.closing;
  }
}

function pgliteLocation(options: DatabaseOptions): string {
  if (options.pgliteDir) return options.pgliteDir;
  if (options.dataDir) return join(options.dataDir, 'pglite');
  throw new Error('openDatabase: without databaseUrl, a dataDir (or pgliteDir) is needed for PGlite');
}

/** Connects, applies pending migrations (unless `migrate: false`) and answers the repositories. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const cipher = new TokenCipher(options.encryptionKeys);
  const opened = options.databaseUrl
    ? postgresDataSource(options.databaseUrl, options.logger)
    : await pgliteDataSource(pgliteLocation(options));
  try {
    await opened.dataSource.initialize();
    if (options.migrate !== false) await applyMigrations(opened.dataSource, opened.engine, options.logger);
  } catch (error) {
    if (opened.dataSource.isInitialized) await opened.dataSource.destroy();
    await opened.release();
    throw error;
  }
  return new Database(opened, cipher, options.logger);
}
