// The task detail card and what it can do: move to a column, assign, set or clear the due date, comment.
import type { BotRegistry } from '../core/registry.js';
import { taskCardFor } from './boards.js';

/** TeamFlame keeps due dates as local date-times without a zone: the end of the working day. */
export function teamflameDueDate(isoDate: string): string {
  return `${isoDate}T18:00:00`;
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
      const card = await taskCardFor(turn, session, data.taskId, {
        notice: turn.t('task.moved', { column }),
      });
      return { card, taskId: data.taskId, changedTaskId: data.taskId };
    })
    .action('task.assign', async (turn, data, session) => {
      const assigneeIds = (data.assigneeIds ?? '')
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean);
      await session.client.tasks.update(data.taskId, { assigneeIds: [...new Set(assigneeIds)] });
      const card = await taskCardFor(turn, session, data.taskId, { notice: turn.t('task.assigned') });
      return { card, taskId: data.taskId, changedTaskId: data.taskId };
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
      const card = await taskCardFor(turn, session, data.taskId, {
        notice: turn.t(data.clear ? 'task.dueCleared' : 'task.dueSet'),
      });
      return { card, taskId: data.taskId, changedTaskId: data.taskId };
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
      const card = await taskCardFor(turn, session, data.taskId, { notice: turn.t('task.commented') });
      return { card, taskId: data.taskId, changedTaskId: data.taskId };
    });
}
