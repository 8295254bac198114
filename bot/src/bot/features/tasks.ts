// The task detail card and what it can do: move to a column, assign, set or clear the due date, comment.
import type { BotTurn } from '../core/bot-turn.js';
import type { ActionResult, BotRegistry } from '../core/registry.js';
import type { UserSession } from '../core/user-session.js';
import { taskDetailCard } from '../cards/index.js';
import { refreshUsers, taskCardFor, viewsFor } from './boards.js';

/** TeamFlame keeps due dates as local date-times without a zone: the end of the working day. */
export function teamflameDueDate(isoDate: string): string {
  return `${isoDate}T18:00:00`;
}

/** The answer after a change: the task's new card, every copy of it updated, its board's followers told. */
export async function changedTask(
  turn: BotTurn,
  session: UserSession,
  taskId: string,
  notice: string,
): Promise<ActionResult> {
  const task = await viewsFor(turn, session).task(taskId);
  return {
    card: taskDetailCard({ task, userIds: refreshUsers(turn), notice }, turn.t),
    taskId,
    changedTaskId: taskId,
    changedBoardId: task.boardId || undefined,
  };
}

export function registerTasks(registry: BotRegistry): void {
  registry
    .action('task.show', async (turn, data, session) => ({
      card: await taskCardFor(turn, session, data.taskId),
      taskId: data.taskId,
    }))
    .action('task.move', async (turn, data, session) => {
      const task = await session.client.tasks.get(data.taskId);
      await session.client.tasks.changeColumn(task, data.columnId);
      const columns = task.boardId ? await session.client.columns.byBoard(task.boardId) : [];
      const column = columns.find((c) => c.id === data.columnId)?.name ?? '';
      return changedTask(turn, session, data.taskId, turn.t('task.moved', { column }));
    })
    .action('task.assign', async (turn, data, session) => {
      const assigneeIds = (data.assigneeIds ?? '')
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean);
      await session.client.tasks.update(data.taskId, { assigneeIds: [...new Set(assigneeIds)] });
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
      await session.client.tasks.update(data.taskId, {
        endDate: data.clear ? null : teamflameDueDate(data.dueDate!),
      });
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
      await session.client.comments.create(data.taskId, text);
      return changedTask(turn, session, data.taskId, turn.t('task.commented'));
    });
}
