// The sentence a notification shows for one change, in the card's language. Only the notification cards
// call it, with their own translator, so a card never mixes languages.
import type { TFunction } from '../../i18n/index.js';
import { clip } from './clip.js';
import type { BoardEventView, DeliveryView } from './view-models.js';

/**
 * Comments are quoted, not copied whole: the card links to the task for the rest.
 * @internal Tests use it too.
 */
export const MAX_QUOTED_COMMENT = 200;

export function describeBoardEvent(event: BoardEventView, t: TFunction): string {
  const task = event.taskName;
  const who = event.who;
  const by = who ? 'By' : '';
  switch (event.kind) {
    case 'created':
      return t(`notify.created${by}`, { task, column: event.columnName, who });
    case 'moved':
      return t(`notify.moved${by}`, { task, from: event.from, to: event.to, who });
    case 'assigned':
    case 'unassigned':
      return t(`notify.${event.kind}${by}`, { task, names: event.names.join(', ') || '—', who });
    case 'assignedYou':
      return t(`notify.assignedYou${by}`, { task, who });
    case 'due':
      return event.dueDate
        ? t(`notify.due${by}`, { task, date: calendarDate(event.dueDate, t), who })
        : t(`notify.dueCleared${by}`, { task, who });
    case 'renamed':
      return t(`notify.renamed${by}`, { task, from: event.from, who });
    case 'commented': {
      const text = quote(event.text);
      const author = event.author || who;
      return author
        ? t('notify.commented', { task, author, text })
        : t('notify.commentedAnon', { task, text });
    }
    case 'overdue':
      return t('notify.overdue', { task, date: calendarDate(event.dueDate, t) });
  }
}

/** How changes reach the conversation, in words: "a daily digest at 09:00 (Europe/Moscow)". */
export function describeDelivery(delivery: DeliveryView, t: TFunction): string {
  switch (delivery.mode) {
    case 'instant':
      return t('notify.modeInstant');
    case 'every':
      return t('notify.modeEvery', { minutes: delivery.minutes });
    case 'daily':
      return t('notify.modeDaily', { time: delivery.at, zone: delivery.timeZone ?? t('notify.zoneUnknown') });
  }
}

/** "20 Dec" / "20 дек.", with the year when it is not this year's, in the reader's language. */
function calendarDate(isoDate: string, t: TFunction): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  const otherYear = date.getUTCFullYear() !== new Date().getUTCFullYear();
  return t(otherYear ? 'task.mine.dateWithYear' : 'task.mine.date', { date });
}

/** One line of plain text (the caller turned TeamFlame's HTML into text), cut as written. */
function quote(text: string): string {
  return clip(text.replace(/\s+/g, ' ').trim(), MAX_QUOTED_COMMENT);
}
