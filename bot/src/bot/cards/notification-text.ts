// The sentence a notification shows for one board change, in the card's language. Only the notification
// card calls it, with its own translator, so a card never mixes languages.
import type { TFunction } from '../../i18n/index.js';
import { clip } from './clip.js';
import type { BoardEventView } from './view-models.js';

/**
 * Comments are quoted, not copied whole: the card links to the task for the rest.
 * @internal Tests use it too.
 */
export const MAX_QUOTED_COMMENT = 200;

export function describeBoardEvent(event: BoardEventView, t: TFunction): string {
  const task = event.taskName;
  const by = event.who ? 'By' : '';
  switch (event.kind) {
    case 'created':
      return t(`notify.created${by}`, { task, column: event.columnName, who: event.who });
    case 'moved':
      return t(`notify.moved${by}`, { task, from: event.from, to: event.to, who: event.who });
    case 'assigned':
      return t(`notify.assigned${by}`, { task, names: event.names.join(', ') || '—', who: event.who });
    case 'due':
      return event.dueDate
        ? t(`notify.due${by}`, { task, date: event.dueDate, who: event.who })
        : t(`notify.dueCleared${by}`, { task, who: event.who });
    case 'commented':
      return t('notify.commented', { task, author: event.author, text: quote(event.text) });
  }
}

/** One line of plain text (the caller turned TeamFlame's HTML into text), cut as written. */
function quote(text: string): string {
  return clip(text.replace(/\s+/g, ' ').trim(), MAX_QUOTED_COMMENT);
}
