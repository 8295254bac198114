// The task card: compact — where the task is, who, when, how urgent, the last comments — and one row of
// buttons, each opening a Teams dialog that edits one thing (the dialogs are in task-dialogs.ts).
import type { TFunction } from '../../i18n/index.js';
import type { DialogName } from './actions.js';
import { clip } from './clip.js';
import { renderCard } from './render.js';
import template from './templates/task-detail.json' with { type: 'json' };
import { MAX_REFRESH_USERS, type TaskView } from './view-models.js';

/** How much of each comment the card shows: the tab has the rest. */
const MAX_COMMENT = 200;
/**
 * The row of buttons: the everyday changes, four so that they fit one row of a Teams card in Russian too.
 * Editing the title and description, the task in the tab, Refresh and the board are a line of links
 * above them.
 */
const ROW: DialogName[] = ['move', 'assign', 'due', 'comment'];
/** The fact labels' column: wide enough for the longest label in either language, the same in each row. */
const LABEL_WIDTH = '100px';

export interface TaskCardData {
  task: TaskView;
  userIds: string[];
  /** What was just done, e.g. "Task created." */
  notice?: string;
}

interface Fact {
  label: string;
  value: string;
  color: 'Default' | 'Attention';
  weight: 'Default' | 'Bolder';
}

function facts(task: TaskView, t: TFunction): Fact[] {
  const plain = (label: string, value: string): Fact => ({
    label,
    value,
    color: 'Default',
    weight: 'Default',
  });
  const rows = [plain(t('task.assignees'), task.assignees.map((a) => a.name).join(', ') || t('task.nobody'))];
  if (!task.dueDate) rows.push(plain(t('task.due'), t('task.noDue')));
  else if (task.overdue)
    rows.push({
      label: t('task.due'),
      value: t('task.dueOverdue', { date: task.dueDate }),
      color: 'Attention',
      weight: 'Bolder',
    });
  else rows.push(plain(t('task.due'), task.dueDate));
  if (task.priority) rows.push(plain(t('task.priority'), t(`task.priorities.${task.priority}`)));
  return rows;
}

export function taskDetailCard(data: TaskCardData, t: TFunction) {
  const { task } = data;
  return renderCard(template, {
    task: { ...task, comments: task.comments.map((c) => ({ ...c, text: clip(c.text, MAX_COMMENT) })) },
    userIds: data.userIds.slice(0, MAX_REFRESH_USERS),
    notice: data.notice ?? '',
    facts: facts(task, t),
    labelWidth: LABEL_WIDTH,
    dialogs: ROW.map((dialog) => ({ dialog, title: t(`task.buttons.${dialog}`) })),
    s: {
      refresh: t('boards.refresh'),
      edit: t('task.buttons.edit'),
      comments: t('task.comments'),
      backToBoard: t('task.backToBoard'),
      openInTab: t('boards.openInTab'),
    },
  });
}
