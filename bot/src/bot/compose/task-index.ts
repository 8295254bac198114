// Every board a person can see with its tasks, kept for a few seconds per person: typing into the search
// box sends a query per keystroke, and a form opened right after a search needs the same boards. One load
// serves every request that arrives while it runs; a failed load is not kept (AccountCache does both).
import { AccountCache, type BoardTasksModel } from '../../boards/index.js';
import type { BotTurn } from '../core/bot-turn.js';
import type { UserSession } from '../core/user-session.js';

/** Long enough for a burst of keystrokes; short enough that a change elsewhere shows up soon. */
const KEEP_MS = 15_000;
/** People at once; the oldest is dropped first. */
const MAX_PEOPLE = 500;

/** One person's entry: the key names them, so forgetting it forgets only theirs. */
const keyOf = (session: UserSession) => `boards-with-tasks:${session.user.teamflameUserId}`;

export class TaskIndex {
  private readonly cache: AccountCache;

  constructor(keepMs = KEEP_MS) {
    this.cache = new AccountCache(keepMs, Date.now, MAX_PEOPLE);
  }

  /** The person's boards with their tasks: kept ones when they are fresh, else read now. */
  boardsOf(turn: BotTurn, session: UserSession): Promise<BoardTasksModel[]> {
    return this.cache.get(session.user.teamflameUserId, keyOf(session), () =>
      turn.services.boards.reader(session).boardsWithTasks(),
    );
  }

  /** The person changed something (a task created): the next search reads TeamFlame again. */
  forget(session: UserSession): void {
    this.cache.invalidate(keyOf(session));
  }
}
