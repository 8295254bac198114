// Every board a person can see with its tasks, kept for a few seconds per person: typing into the search
// box sends a query per keystroke, and a form opened right after a search needs the same boards. One load
// serves every request that arrives while it runs; a failed load is not kept.
import type { BoardTasksModel } from '../../boards/index.js';
import type { BotTurn } from '../core/bot-turn.js';
import type { UserSession } from '../core/user-session.js';

/** Long enough for a burst of keystrokes; short enough that a change elsewhere shows up soon. */
const KEEP_MS = 15_000;
/** People at once; the oldest is dropped first. */
const MAX_PEOPLE = 500;

interface Entry {
  at: number;
  boards: Promise<BoardTasksModel[]>;
}

export class TaskIndex {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly keepMs = KEEP_MS) {}

  /** The person's boards with their tasks: kept ones when they are fresh, else read now. */
  boardsOf(turn: BotTurn, session: UserSession): Promise<BoardTasksModel[]> {
    const key = session.user.teamflameUserId;
    const kept = this.entries.get(key);
    if (kept && Date.now() - kept.at < this.keepMs) return kept.boards;
    const boards = turn.services.boards.reader(session).boardsWithTasks();
    const entry = { at: Date.now(), boards };
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (this.entries.size > MAX_PEOPLE) this.entries.delete(this.entries.keys().next().value!);
    // A failure is the caller's to report; it is not kept for the next keystroke.
    boards.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    return boards;
  }

  /** The person changed something (a task created): the next search reads TeamFlame again. */
  forget(session: UserSession): void {
    this.entries.delete(session.user.teamflameUserId);
  }
}
