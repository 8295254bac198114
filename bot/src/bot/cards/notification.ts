// What changed on a followed board. One change gets a card of its own with the task's buttons; several
// changes found by one poll are grouped into one card (never one message per change). The sentences are
// made here, with the card's own translator, so a card is in one language from title to last line. A
// notification is a record: no button on it replaces it (a task opens in a message of its own), and it
// has no refresh that would redraw it as something else.
import type { TFunction } from '../../i18n/index.js';
import { describeBoardEvent } from './notification-text.js';
import { renderCard } from './render.js';
import singleTemplate from './templates/notification.json' with { type: 'json' };
import groupedTemplate from './templates/notification-grouped.json' with { type: 'json' };
import type { BoardEventView } from './view-models.js';

export interface NotificationCardData {
  boardId: string;
  boardName: string;
  /** Each change, with a deep link to its task in the tab when there is one. */
  changes: (BoardEventView & { url?: string })[];
}

/**
 * Lines shown on one card; the rest are counted.
 * @internal Tests use it too.
 */
export const MAX_LINES = 15;

/** A line of a notification card: the change in the card's language. */
interface Line {
  taskId: string;
  text: string;
  url: string;
}

export function notificationCard(data: NotificationCardData, t: TFunction) {
  const lineOf = (change: NotificationCardData['changes'][number]): Line => ({
    taskId: change.taskId,
    text: describeBoardEvent(change, t),
    url: change.url ?? '',
  });
  const [only] = data.changes;
  if (data.changes.length === 1 && only)
    return singleChangeCard({ boardId: data.boardId, boardName: data.boardName }, lineOf(only), t);
  const shown = data.changes.slice(0, MAX_LINES);
  const hidden = data.changes.length - shown.length;
  return renderCard(groupedTemplate, {
    title: t('notify.title', { board: data.boardName }),
    count: t('notify.count', { count: data.changes.length }),
    boardId: data.boardId,
    lines: shown.map(lineOf),
    more: hidden > 0 ? t('notify.more', { count: hidden }) : '',
    s: { open: t('notify.open'), unsubscribe: t('notify.unsubscribe') },
  });
}

export interface AssignedToYouCardData {
  boardId: string;
  boardName: string;
  taskId: string;
  taskName: string;
}

/** The personal message to someone a change newly assigned to a task, in that chat's language. */
export function assignedToYouCard(data: AssignedToYouCardData, t: TFunction) {
  const text = t('notify.youAssigned', { task: data.taskName, board: data.boardName });
  return singleChangeCard(
    { boardId: data.boardId, boardName: data.boardName },
    { taskId: data.taskId, text, url: '' },
    t,
  );
}

function singleChangeCard(card: { boardId: string; boardName: string }, line: Line, t: TFunction) {
  return renderCard(singleTemplate, {
    title: t('notify.title', { board: card.boardName }),
    boardId: card.boardId,
    line,
    s: {
      open: t('notify.open'),
      openInTab: t('boards.openInTab'),
      unsubscribe: t('notify.unsubscribe'),
    },
  });
}
