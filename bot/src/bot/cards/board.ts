import type { TFunction } from '../../i18n/index.js';
import { renderCard } from './render.js';
import template from './templates/board.json' with { type: 'json' };
import { MAX_REFRESH_USERS, type BoardView } from './view-models.js';

/** @internal Tests use it too. */
export const TASKS_PER_COLUMN = 5;

export interface BoardCardData {
  board: BoardView;
  /** Who sees their own view automatically (Teams refreshes for at most 60). */
  userIds: string[];
  notice?: string;
}

export function boardCard(data: BoardCardData, t: TFunction) {
  const columns = data.board.columns.map((column) => ({
    ...column,
    tasks: column.tasks.slice(0, TASKS_PER_COLUMN).map((task) => ({
      ...task,
      dueLabel: task.dueDate ? `${task.overdue ? '⚠ ' : ''}${task.dueDate}` : '',
    })),
    countLabel: t('boards.taskCount', { count: column.taskCount }),
    moreLabel:
      column.taskCount > TASKS_PER_COLUMN
        ? t('boards.more', { count: column.taskCount - TASKS_PER_COLUMN })
        : '',
  }));
  return renderCard(template, {
    board: { ...data.board, columns },
    userIds: data.userIds.slice(0, MAX_REFRESH_USERS),
    notice: data.notice ?? '',
    s: {
      refresh: t('boards.refresh'),
      empty: t('boards.empty'),
      newTask: t('boards.newTask'),
      newColumn: t('boards.newColumn'),
      openInTab: t('boards.openInTab'),
      other: t('boards.other'),
      subscribe: t('notify.subscribe'),
    },
  });
}
