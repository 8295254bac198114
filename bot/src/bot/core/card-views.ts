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

/** Links into the tab: the board, or a task on it with its drawer open (`#/board/<id>/task/<taskId>`). */
export function tabUrlFor(publicUrl: string): TabUrl {
  return (boardId, taskId) => {
    const base = `${publicUrl}/#/board`;
    if (!boardId) return base;
    return `${base}/${encodeURIComponent(boardId)}${taskId ? `/task/${encodeURIComponent(taskId)}` : ''}`;
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
