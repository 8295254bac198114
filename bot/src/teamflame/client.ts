// The TeamFlame client: a factory per deployment (one axios instance per base URL) that signs users in
// and gives each signed-in user a client acting with that user's own token.
import type { Logger } from '../logger.js';
import { loadBoard } from './board-loader.js';
import { Caller } from './caller.js';
import { createHttp, type RetryOptions } from './http.js';
import type { BoardWithColumns, User } from './schemas.js';
import {
  AuthService,
  refreshTokens,
  signIn,
  signUp,
  type NewAccount,
  type SignedIn,
} from './services/auth.js';
import { BoardsService } from './services/boards.js';
import { ColumnsService } from './services/columns.js';
import { CommentsService } from './services/comments.js';
import { ProjectsService } from './services/projects.js';
import { SpacesService } from './services/spaces.js';
import { TasksService } from './services/tasks.js';
import { UsersService } from './services/users.js';
import { TeamFlameSession, type SessionHooks } from './session.js';
import type { TeamFlameTokenSet } from './token-set.js';

export interface TeamFlameClientOptions {
  apiUrl: string;
  authUrl: string;
  /** Per HTTP attempt (default 8000). */
  timeoutMs?: number;
  logger: Logger;
  retry?: RetryOptions;
}

const DEFAULT_TIMEOUT_MS = 8000;

/** Counts HTTP attempts (retries and refreshes included). */
class CallCounter {
  count = 0;
  readonly tick = (): void => {
    this.count++;
  };
}

export class TeamFlameClient {
  readonly auth: AuthService;
  readonly spaces: SpacesService;
  readonly projects: ProjectsService;
  readonly boards: BoardsService;
  readonly columns: ColumnsService;
  readonly tasks: TasksService;
  readonly comments: CommentsService;
  readonly users: UsersService;

  constructor(
    readonly session: TeamFlameSession,
    api: Caller,
    auth: Caller,
    private readonly counter: CallCounter = new CallCounter(),
  ) {
    this.auth = new AuthService(auth, session);
    this.spaces = new SpacesService(api);
    this.projects = new ProjectsService(api);
    this.boards = new BoardsService(api);
    this.columns = new ColumnsService(api);
    this.tasks = new TasksService(api);
    this.comments = new CommentsService(api, this.tasks);
    this.users = new UsersService(api);
  }

  /** HTTP attempts this client made so far: benchmarks report TeamFlame calls per operation. */
  get calls(): number {
    return this.counter.count;
  }

  /** The whole board: one call when TeamFlame answers getByBoardOneLayer, else columns then tasks per column. */
  loadBoard(boardId: string): Promise<BoardWithColumns> {
    return loadBoard(boardId, this.columns, this.tasks);
  }
}

export interface TeamFlameClientFactory {
  /** Wrong email or password: TeamFlameAuthError with reason 'credentials'. */
  signIn(email: string, password: string): Promise<SignedIn>;
  signUp(account: NewAccount): Promise<User>;
  forSession(tokens: TeamFlameTokenSet, hooks?: SessionHooks): TeamFlameClient;
  /** HTTP attempts made so far by every client of this factory (retries included). */
  readonly calls: number;
}

export function createTeamFlameClientFactory(options: TeamFlameClientOptions): TeamFlameClientFactory {
  let calls = 0;
  const common = {
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    logger: options.logger,
    retry: options.retry,
    onCall: () => void calls++,
  };
  const apiHttp = createHttp({ ...common, baseURL: options.apiUrl });
  const authHttp = createHttp({ ...common, baseURL: options.authUrl });
  const logger = options.logger;

  return {
    signIn: (email, password) => signIn(authHttp, logger, email, password),
    signUp: (account) => signUp(authHttp, logger, account),
    forSession(tokens, hooks) {
      const counter = new CallCounter();
      const session = new TeamFlameSession(
        tokens,
        (refreshToken) => refreshTokens(authHttp, logger, refreshToken, counter.tick),
        hooks,
        logger,
      );
      return new TeamFlameClient(
        session,
        new Caller(apiHttp, session, logger, counter.tick),
        new Caller(authHttp, session, logger, counter.tick),
        counter,
      );
    },
    get calls() {
      return calls;
    },
  };
}
