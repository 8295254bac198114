// What changed on a followed board: one card per poll, listing every change (grouped, never one message
// per change).
import type { TFunction } from '../i18n/index.js';
import { renderCard } from './render.js';
import template from './templates/notification.json' with { type: 'json' };

export interface NotificationLine {
  taskId: string;
  text: string;
}

/** Lines shown on one card; the rest are counted. */
export const MAX_LINES = 15;

export function notificationCard(
  data: { boardId: string; boardName: string; lines: NotificationLine[] },
  t: TFunction,
) {
  const shown = data.lines.slice(0, MAX_LINES);
  const hidden = data.lines.length - shown.length;
  const taskIds = new Set(data.lines.map((l) => l.taskId));
  return renderCard(template, {
    title: t('notify.title', { board: data.boardName }),
    boardId: data.boardId,
    lines: shown,
    more: hidden > 0 ? t('notify.more', { count: hidden }) : '',
    singleTaskId: taskIds.size === 1 ? [...taskIds][0]! : '',
    s: { open: t('notify.open'), unsubscribe: t('notify.unsubscribe') },
  });
}
