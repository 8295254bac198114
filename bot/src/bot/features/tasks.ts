// Showing a task's card. Editing it happens in dialogs (features/task-dialogs.ts).
import { taskCardFor } from '../core/board-cards.js';
import type { BotRegistry } from '../core/registry.js';

export function registerTasks(registry: BotRegistry): void {
  registry
    .action('task.show', async (turn, data, session) => ({
      card: await taskCardFor(turn, session, data.taskId),
      taskId: data.taskId,
    }))
    // From a card that reports something (a notification, a board, a list): the task card comes as a
    // message of its own, and the card whose button was pressed keeps what it says.
    .action('task.open', async (turn, data, session) => {
      await turn.sendCard(await taskCardFor(turn, session, data.taskId), { taskId: data.taskId });
      return { note: turn.t('task.opened') };
    });
}
