// What the rest of the app asks of board polling, and what every implementation does first, in its own
// module so that the scheduler that picks an implementation (scheduler.ts) and the implementations themselves
// (pg-boss-scheduler.ts) do not import each other.
import type { Logger } from '../logger.js';
import type { BoardNotifier } from './notifier.js';

export interface PollScheduler {
  start(): Promise<void>;
  /** One round over every followed board, finished when its polls have run (tests call it). */
  tick(): Promise<void>;
  stop(): Promise<void>;
  /** A change was made through this app: poll that board now, so followers hear of it at once. */
  pollNow(boardId: string): Promise<void>;
}

/**
 * Each round starts with the notifier's housekeeping (BoardNotifier.beforeRound); should that fail, the
 * round polls what it has.
 */
export async function startRound(notifier: BoardNotifier, logger: Logger): Promise<void> {
  await notifier
    .beforeRound()
    .catch((error: unknown) => logger.warn({ err: String(error) }, 'could not prepare the round of polls'));
}
