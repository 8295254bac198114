import type { TFunction } from '../../i18n/index.js';
import { renderCard } from './render.js';
import template from './templates/board.json' with { type: 'json' };
import { describeDelivery } from './notification-text.js';
import { MAX_REFRESH_USERS, type BoardView, type FollowView } from './view-models.js';

/** @internal Tests use it too. */
export const TASKS_PER_COLUMN = 5;

export interface BoardCardData {
  board: BoardView;
  /** Who sees their own view automatically (Teams refreshes for at most 60). */
  userIds: string[];
  notice?: string;
  /** Whether this conversation follows the board, and how. */
  follow: FollowView;
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
    follow: followState(data.follow, t),
    s: {
      refresh: t('boards.refresh'),
      empty: t('boards.empty'),
      newTask: t('boards.newTask'),
      newColumn: t('boards.newColumn'),
      openInTab: t('boards.openInTab'),
      other: t('boards.other'),
      subscribe: t('notify.subscribe'),
      unfollow: t('notify.unsubscribe'),
      changeDelivery: t('notify.changeDelivery'),
      follow: t('notify.follow'),
      deliveryLabel: t('notify.deliveryLabel'),
      deliveryInstant: t('notify.deliveryInstant'),
      deliveryEvery30: t('notify.deliveryEvery30'),
      deliveryEvery60: t('notify.deliveryEvery60'),
      deliveryDaily: t('notify.deliveryDaily'),
      dailyAtLabel: t('notify.dailyAtLabel'),
    },
  });
}

/** "Following ✓: a daily digest at 09:00 (UTC…)", and the delivery form preset to what is chosen now. */
function followState(follow: FollowView, t: TFunction) {
  if (!follow.following) return { following: false, label: '', choice: 'instant', dailyAt: '09:00' };
  const { delivery } = follow;
  return {
    following: true,
    label: t('notify.following', { mode: describeDelivery(delivery, t) }),
    choice: delivery.mode === 'every' ? `every:${delivery.minutes}` : delivery.mode,
    dailyAt: delivery.mode === 'daily' ? delivery.at : '09:00',
  };
}
