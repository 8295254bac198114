// "Find a task": words from the search box against the titles of every task on the person's boards (any
// case, "е" for "ё"), or their open tasks when nothing is typed; a page at a time as Teams asks
// (queryOptions skip/count). Each result is listed as a short preview and inserted as the full task card,
// with its buttons, drawn from the same read as the list (no further call per result).
import { findTasks, type FoundTask } from '../../boards/index.js';
import { taskPreview } from '../cards/index.js';
import { taskCardOf } from '../core/board-cards.js';
import type { BotTurn } from '../core/bot-turn.js';
import type { UserSession } from '../core/user-session.js';
import { adaptive, results, type ComposeAnswer } from './answers.js';
import type { TaskIndex } from './task-index.js';

/** Teams asks for 25 at a time; never more than this in one answer, however many it asks for. */
const MAX_PAGE = 25;

export class FindTask {
  constructor(private readonly index: TaskIndex) {}

  async search(
    turn: BotTurn,
    session: UserSession,
    words: string,
    page: { skip?: number; count?: number },
  ): Promise<ComposeAnswer> {
    const boards = await this.index.boardsOf(turn, session);
    const found = findTasks(boards, words, session.user.teamflameUserId);
    const skip = page.skip ?? 0;
    const count = Math.min(page.count || MAX_PAGE, MAX_PAGE);
    return results(found.slice(skip, skip + count).map((task) => this.result(turn, task)));
  }

  private result(turn: BotTurn, task: FoundTask) {
    // The card's buttons read the task again when pressed: the people of its board are read then.
    const card = taskCardOf(turn, { ...task, members: [] });
    const preview = taskPreview(task, turn.t);
    return adaptive(card, preview);
  }
}
