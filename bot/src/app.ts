// Builds the application's parts from configuration: database, TeamFlame client factory, adapter, bot.
// index.ts starts them; tests build them the same way, in process.
import { join } from 'node:path';
import type { Server } from 'restify';
import { Accounts, SignInTickets } from './accounts/index.js';
import { Boards } from './boards/index.js';
import { createAuthenticator } from './api/authenticate.js';
import { connectorMembers } from './api/conversation-members.js';
import { registerTabApi } from './api/index.js';
import { SessionTokens } from './api/session-tokens.js';
import { createTeamsSso } from './api/teams-sso.js';
import { TeamFlameBot } from './bot/teamflame-bot.js';
import { INVOKE_BUDGET_MS } from './bot/core/invoke-budget.js';
import { cardCopiesUpdater } from './bot/core/card-copies.js';
import { proactiveSender, type BotServices } from './bot/core/services.js';
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
  const signInTickets = new SignInTickets(config.sessionSecret);
  // Following a board takes its first snapshot through the notifier, which reads boards through the domain.
  const boards: Boards = new Boards({
    db: database,
    logger,
    firstSnapshot: (boardId): Promise<number> => notifier.poll(boardId),
  });
  const notifier = new BoardNotifier({ db: database, accounts, boards, logger, proactive });
  const scheduler = createPollScheduler({
    db: database,
    notifier,
    logger,
    intervalSeconds: config.pollIntervalSeconds,
    databaseUrl: overrides.databaseUrl ?? config.databaseUrl,
  });
  const services: BotServices = {
    db: database,
    accounts,
    boards,
    logger,
    publicUrl: config.publicUrl,
    teamflameWebUrl: config.teamflame.webUrl,
    teamsAppId: config.teamsAppId,
    proactive,
    signInTickets,
    invokeBudgetMs: overrides.invokeBudgetMs ?? INVOKE_BUDGET_MS,
  };
  // The one "task changed" path: every sent copy of the task's card is redrawn; a change made through the
  // app also polls its board at once, so followers hear of it now and the next regular poll does not repeat
  // it (a change a poll found is being told already).
  boards.changes.onChange(cardCopiesUpdater(services));
  // A board nobody follows has nobody to tell: no poll is queued for it.
  boards.changes.onChange(async (change) => {
    if (change.source === 'app' && (await database.subscriptions.isFollowed(change.boardId)))
      await scheduler.pollNow(change.boardId);
  });
  const bot = new TeamFlameBot(services);
  const sessions = new SessionTokens(config.sessionSecret, database.tabSessions);
  const sso = createTeamsSso(config.tabSso, config.publicUrl);
  const auth = createAuthenticator({ db: database, accounts, sessions, sso });
  const registerApi = (server: Server) =>
    registerTabApi(
      server,
      {
        db: database,
        accounts,
        boards,
        sessions,
        sso,
        members: connectorMembers(proactive),
        tickets: signInTickets,
      },
      { auth, logger, checkAnswers: config.env !== 'production' },
    );
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
