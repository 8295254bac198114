// The task detail card and what it can do: move to a column, assign, set or clear the due date, comment.
import { taskCardFor, type TaskCardExtra } from '../core/board-cards.js';
import type { BotTurn } from '../core/bot-turn.js';
import type { ActionResult, BotRegistry } from '../core/registry.js';
import type { UserSession } from '../core/user-session.js';

/** The answer after a change: the task's new card (the domain has told every other copy and the followers). */
async function changedTask(
  turn: BotTurn,
  session: UserSession,
  taskId: string,
  notice: TaskCardExtra['notice'],
): Promise<ActionResult> {
  return { card: await taskCardFor(turn, session, taskId, { notice }), taskId };
}

export function registerTasks(registry: BotRegistry): void {
  registry
    .action('task.show', async (turn, data, session) => ({
      card: await taskCardFor(turn, session, data.taskId),
      taskId: data.taskId,
    }))
    .action('task.move', async (turn, data, session) => {
      await turn.services.boards.editTask(session, data.taskId, { columnId: data.columnId }, turn.origin);
      return changedTask(turn, session, data.taskId, (task) =>
        turn.t('task.moved', { column: task.columnName }),
      );
    })
    .action('task.assign', async (turn, data, session) => {
      const assigneeIds = (data.assigneeIds ?? '')
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean);
      await turn.services.boards.editTask(session, data.taskId, { assigneeIds }, turn.origin);
      return changedTask(turn, session, data.taskId, turn.t('task.assigned'));
    })
    .action('task.due', async (turn, data, session) => {
      if (!data.clear && !data.dueDate) {
        return {
          card: await taskCardFor(turn, session, data.taskId, { problem: turn.t('task.dueRequired') }),
          taskId: data.taskId,
          rejected: true,
        };
      }
      const dueDate = data.clear ? null : data.dueDate!;
      await turn.services.boards.editTask(session, data.taskId, { dueDate }, turn.origin);
      return changedTask(turn, session, data.taskId, turn.t(data.clear ? 'task.dueCleared' : 'task.dueSet'));
    })
    .action('comment.add', async (turn, data, session) => {
      const text = data.comment?.trim() ?? '';
      if (!text) {
        return {
          card: await taskCardFor(turn, session, data.taskId, { problem: turn.t('task.commentRequired') }),
          taskId: data.taskId,
          rejected: true,
        };
      }
      await turn.services.boards.comment(session, data.taskId, text, turn.origin);
      return changedTask(turn, session, data.taskId, turn.t('task.commented'));
    });
}
