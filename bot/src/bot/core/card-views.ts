// The domain's read model -> what cards show. Pure mapping: TeamFlame's rich text becomes plain text here
// (the card layer escapes it with everything else).
import type { BoardModel, TaskDetailModel, TaskModel } from '../../boards/index.js';
import { toPlainText } from '../../teamflame/index.js';
import type { BoardView, TaskSummaryView, TaskView } from '../cards/index.js';

/** The board card lists the first tasks of each column. */
const TASKS_PER_COLUMN = 5;
/** The task card shows the last comments. */
const LAST_COMMENTS = 3;

export type TabUrl = (boardId?: string, taskId?: string) => string;

/**
 * Links into the tab at a board, or at a task on it with its drawer open. With the Teams app's id they are
 * Teams deep links to the personal tab ("board"), which opens inside Teams and gets the board and task as
 * its sub-entity id (`board:<id>/task:<taskId>`, read from the context's page.subPageId); `webUrl` is the
 * plain page for a client that cannot show the tab. Without it (local runs, tests) the plain page itself:
 * `#/board/<id>/task/<taskId>`, which works in any browser.
 */
export function tabUrlFor(where: { publicUrl: string; teamsAppId?: string }): TabUrl {
  return (boardId, taskId) => {
    const base = `${where.publicUrl}/#/board`;
    const plain = !boardId
      ? base
      : `${base}/${encodeURIComponent(boardId)}${taskId ? `/task/${encodeURIComponent(taskId)}` : ''}`;
    if (!where.teamsAppId) return plain;
    const link = new URL(
      `https://teams.microsoft.com/l/entity/${encodeURIComponent(where.teamsAppId)}/board`,
    );
    link.searchParams.set('webUrl', plain);
    if (boardId) {
      const subEntityId = `board:${boardId}${taskId ? `/task:${taskId}` : ''}`;
      link.searchParams.set('context', JSON.stringify({ subEntityId }));
    }
    return link.href;
  };
}

function taskSummaryView(task: TaskModel): TaskSummaryView {
  return {
    id: task.id,
    name: task.name,
    assigneeNames: task.assignees.map((a) => a.name).join(', '),
    dueDate: task.dueDate,
    overdue: task.overdue,
  };
}

export function boardView(board: BoardModel, tabUrl: TabUrl): BoardView {
  return {
    id: board.id,
    name: board.name,
    path: board.path,
    columns: board.columns.map((column) => ({
      id: column.id,
      name: column.name,
      taskCount: column.tasks.length,
      tasks: column.tasks.slice(0, TASKS_PER_COLUMN).map(taskSummaryView),
    })),
    url: tabUrl(board.id),
  };
}

export function taskView(task: TaskDetailModel, tabUrl: TabUrl): TaskView {
  return {
    id: task.id,
    name: task.name,
    description: toPlainText(task.descriptionHtml),
    boardId: task.boardId,
    boardName: task.boardName,
    columnId: task.columnId,
    columnName: task.columnName,
    columns: task.columns,
    assignees: task.assignees,
    members: task.members,
    dueDate: task.dueDate,
    overdue: task.overdue,
    priority: task.priority,
    comments: task.comments
      .slice(-LAST_COMMENTS)
      .map((c) => ({ author: c.author, text: toPlainText(c.textHtml) })),
    url: tabUrl(task.boardId, task.id),
  };
}
