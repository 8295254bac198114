// What changed on a followed board. One change gets a card of its own with the task's buttons; several
// changes found by one poll are grouped into one card (never one message per change).
import type { TFunction } from '../i18n/index.js';
import { renderCard } from './render.js';
import singleTemplate from './templates/notification.json' with { type: 'json' };
import groupedTemplate from './templates/notification-grouped.json' with { type: 'json' };
import { MAX_REFRESH_USERS } from './view-models.js';

export interface NotificationLine {
  taskId: string;
  /** The change in the reader's words, e.g. from `describeBoardEvent`. */
  text: string;
  /** Deep link to the task in the tab. */
  url?: string;
}

export interface NotificationCardData {
  boardId: string;
  boardName: string;
  lines: NotificationLine[];
  /** Who sees their own view automatically (Teams refreshes for at most 60). */
  userIds?: string[];
}

/** Lines shown on one card; the rest are counted. */
export const MAX_LINES = 15;

export function notificationCard(data: NotificationCardData, t: TFunction) {
  const userIds = (data.userIds ?? []).slice(0, MAX_REFRESH_USERS);
  const [only] = data.lines;
  if (data.lines.length === 1 && only) {
    return renderCard(singleTemplate, {
      title: t('notify.title', { board: data.boardName }),
      boardId: data.boardId,
      line: { ...only, url: only.url ?? '' },
      userIds,
      s: {
        open: t('notify.open'),
        openInTab: t('boards.openInTab'),
        refresh: t('boards.refresh'),
        unsubscribe: t('notify.unsubscribe'),
      },
    });
  }
  const shown = data.lines.slice(0, MAX_LINES);
  const hidden = data.lines.length - shown.length;
  return renderCard(groupedTemplate, {
    title: t('notify.title', { board: data.boardName }),
    count: t('notify.count', { count: data.lines.length }),
    boardId: data.boardId,
    lines: shown,
    more: hidden > 0 ? t('notify.more', { count: hidden }) : '',
    userIds,
    s: {
      open: t('notify.open'),
      refresh: t('boards.refresh'),
      unsubscribe: t('notify.unsubscribe'),
    },
  });
}
