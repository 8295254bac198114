import type { TFunction } from '../../i18n/index.js';
import { clip } from './clip.js';
import { renderCard } from './render.js';
import template from './templates/task-detail.json' with { type: 'json' };
import { MAX_REFRESH_USERS, type TaskView } from './view-models.js';

/** How much of a description and of each comment the card shows: the tab has the rest. */
const MAX_DESCRIPTION = 1500;
const MAX_COMMENT = 500;

export interface TaskCardData {
  task: TaskView;
  userIds: string[];
  notice?: string;
  problem?: string;
}

export function taskDetailCard(data: TaskCardData, t: TFunction) {
  const { task } = data;
  return renderCard(template, {
    task: {
      ...task,
      description: clip(task.description, MAX_DESCRIPTION),
      comments: task.comments.map((c) => ({ ...c, text: clip(c.text, MAX_COMMENT) })),
    },
    userIds: data.userIds.slice(0, MAX_REFRESH_USERS),
    notice: data.notice ?? '',
    problem: data.problem ?? '',
    assigneeNames: task.assignees.map((a) => a.name).join(', ') || t('task.nobody'),
    assigneeIdList: task.assignees.map((a) => a.id).join(','),
    dueLabel: task.dueDate
      ? `${task.dueDate}${task.overdue ? ` (${t('task.overdue')})` : ''}`
      : t('task.noDue'),
    dueValue: task.dueDate ?? '',
    priorityLabel: task.priority ? t(`task.priorities.${task.priority}`) : '',
    s: {
      refresh: t('boards.refresh'),
      column: t('task.column'),
      assignees: t('task.assignees'),
      due: t('task.due'),
      overdue: t('task.overdue'),
      priority: t('task.priority'),
      comments: t('task.comments'),
      noComments: t('task.noComments'),
      moveTo: t('task.moveTo'),
      move: t('task.move'),
      assignLabel: t('task.assignLabel'),
      assign: t('task.assign'),
      dueLabel: t('task.dueLabel'),
      setDue: t('task.setDue'),
      clearDue: t('task.clearDue'),
      commentLabel: t('task.commentLabel'),
      commentPlaceholder: t('task.commentPlaceholder'),
      addComment: t('task.addComment'),
      backToBoard: t('task.backToBoard'),
      openInTab: t('boards.openInTab'),
    },
  });
}
