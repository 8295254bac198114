// Builds the application's parts from configuration: database, TeamFlame client factory, adapter, bot.
// index.ts starts them; tests build them the same way, in process.
import { join } from 'node:path';
import type { Server } from 'restify';
import { Accounts } from './accounts/index.js';
import { createAuthenticator } from './api/authenticate.js';
import { connectorMembers } from './api/conversation-members.js';
import { registerTabApi } from './api/routes.js';
import { SessionTokens } from './api/session-tokens.js';
import { TeamFlameBot } from './bot/teamflame-bot.js';
import { INVOKE_BUDGET_MS } from './bot/core/invoke-budget.js';
import { proactiveSender } from './bot/core/services.js';
import type { Config } from './config.js';
import { openDatabase, type Database } from './data/index.js';
import type { Logger } from './logger.js';
import { BoardNotifier } from './notifications/notifier.js';
import { createPollScheduler, type PollScheduler } from './notifications/scheduler.js';
import { createBotAdapter, type BotAdapter } from './server/bot-adapter.js';
import { createServer } from './server/create-server.js';
import { createTeamFlameClientFactory, type TeamFlameClientFactory } from './teamflame/index.js';

export interface App {
  adapter: BotAdapter;
  bot: TeamFlameBot;
  database: Database;
  teamflame: TeamFlameClientFactory;
  isReady: () => Promise<boolean>;
  registerApi?: (server: Server) => void;
  /** Polls followed boards; started by index.ts, ticked by hand in tests. */
  scheduler: PollScheduler;
  /** The one HTTP server: /api/messages, the tab API, probes and the built tab. */
  createHttpServer: () => Server;
  /** Closed in order on shutdown, after the HTTP server has drained. */
  closers: (() => Promise<void>)[];
}

export interface AppOverrides {
  /** An already opened database (tests), and its URL when it is a PostgreSQL. */
  database?: Database;
  databaseUrl?: string;
  invokeBudgetMs?: number;
  teamflameRetry?: { retries?: number; baseDelayMs?: number };
}

export async function createApp(config: Config, logger: Logger, overrides: AppOverrides = {}): Promise<App> {
  const database =
    overrides.database ??
    (await openDatabase({
      databaseUrl: config.databaseUrl,
      pgliteDir: join(config.dataDir, 'pglite'),
      encryptionKeys: config.tokenEncryptionKeys,
      logger,
    }));
  const teamflame = createTeamFlameClientFactory({
    apiUrl: config.teamflame.apiUrl,
    authUrl: config.teamflame.authUrl,
    timeoutMs: config.teamflame.timeoutMs,
    logger,
    retry: overrides.teamflameRetry,
  });
  const adapter = createBotAdapter(config.bot);
  adapter.onTurnError = async (context, error) => {
    logger.error(
      { err: { name: error.name, message: error.message }, type: context.activity.type },
      'unhandled error in a turn',
    );
  };
  const proactive = proactiveSender(adapter, config.bot.appId ?? '');
  const accounts = new Accounts(database, teamflame, logger);
  const notifier = new BoardNotifier({ db: database, accounts, logger, proactive });
  const scheduler = createPollScheduler({
    db: database,
    notifier,
    logger,
    intervalSeconds: config.pollIntervalSeconds,
    databaseUrl: overrides.databaseUrl ?? config.databaseUrl,
  });
  /** A change made through the bot or the tab: poll that board now, so followers hear of it at once. */
  const notifyChanged = (boardId: string) =>
    void scheduler
      .pollNow(boardId)
      .catch((e: unknown) => logger.warn({ err: String(e) }, 'could not poll a changed board'));
  const bot = new TeamFlameBot({
    db: database,
    accounts,
    logger,
    publicUrl: config.publicUrl,
    proactive,
    notifications: {
      follow: (boardId) => notifier.poll(boardId),
      changed: notifyChanged,
    },
    invokeBudgetMs: overrides.invokeBudgetMs ?? INVOKE_BUDGET_MS,
  });
  const sessions = new SessionTokens(config.sessionSecret, database.tabSessions);
  const auth = createAuthenticator({
    db: database,
    accounts,
    sessions,
    sso: config.tabSso,
    publicUrl: config.publicUrl,
  });
  const registerApi = (server: Server) =>
    registerTabApi(server, {
      db: database,
      accounts,
      sessions,
      auth,
      members: connectorMembers(proactive),
      logger,
      notifyChanged,
    });
  return {
    adapter,
    bot,
    database,
    teamflame,
    isReady: () => database.isReady(),
    registerApi,
    createHttpServer: () =>
      createServer({
        logger,
        adapter,
        bot,
        isReady: () => database.isReady(),
        tabDistDir: config.tabDistDir,
        registerApi,
      }),
    scheduler,
    closers: [() => scheduler.stop(), ...(overrides.database ? [] : [() => database.close()])],
  };
}
