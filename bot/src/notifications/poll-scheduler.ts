// What the rest of the app asks of board polling, in its own module so that the scheduler that picks an
// implementation (scheduler.ts) and the implementations themselves (pg-boss-scheduler.ts) do not import each
// other.
export interface PollScheduler {
  start(): Promise<void>;
  /** One round over every followed board, finished when its polls have run (tests call it). */
  tick(): Promise<void>;
  stop(): Promise<void>;
  /** A change was made through this app: poll that board now, so followers hear of it at once. */
  pollNow(boardId: string): Promise<void>;
}
