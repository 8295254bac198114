// What changed on a followed board. One change gets a card of its own with the task's buttons; several
// changes found by one poll are grouped into one card (never one message per change); a digest groups the
// changes of its period by task. The sentences are made here, with the card's own translator, so a card is
// in one language from title to last line. A notification is a record: no button on it replaces it (a task
// opens in a message of its own), and it has no refresh that would redraw it as something else.
import type { TFunction } from '../../i18n/index.js';
import { describeBoardEvent, describeDelivery } from './notification-text.js';
import { mentionText, renderCard } from './render.js';
import singleTemplate from './templates/notification.json' with { type: 'json' };
import groupedTemplate from './templates/notification-grouped.json' with { type: 'json' };
import digestTemplate from './templates/notification-digest.json' with { type: 'json' };
import personalTemplate from './templates/notification-personal.json' with { type: 'json' };
import type { BoardEventView, DeliveryView, MentionView } from './view-models.js';

export interface NotificationCardData {
  boardId: string;
  boardName: string;
  /** Each change, with a deep link to its task in the tab when there is one. */
  changes: (BoardEventView & { url?: string })[];
  /** People newly assigned who are in the conversation: @mentioned, so Teams tells them. */
  mentions?: MentionView[];
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

const lineOf =
  (t: TFunction) =>
  (change: BoardEventView & { url?: string }): Line => ({
    taskId: change.taskId,
    text: describeBoardEvent(change, t),
    url: change.url ?? '',
  });

/** The card a conversation gets at once for what one poll found. */
/** The line that @mentions people newly assigned; empty without any. */
const headsLine = (mentions: MentionView[], t: TFunction) =>
  mentions.length ? t('notify.heads', { people: mentions.map(mentionText).join(', ') }) : '';

export function notificationCard(data: NotificationCardData, t: TFunction) {
  const mentions = data.mentions ?? [];
  const heads = headsLine(mentions, t);
  const [only] = data.changes;
  if (data.changes.length === 1 && only) {
    return renderCard(
      singleTemplate,
      {
        title: t('notify.title', { board: data.boardName }),
        boardId: data.boardId,
        line: lineOf(t)(only),
        heads,
        s: { open: t('notify.open'), openInTab: t('boards.openInTab'), unsubscribe: t('notify.unsubscribe') },
      },
      { mentions },
    );
  }
  const shown = data.changes.slice(0, MAX_LINES);
  const hidden = data.changes.length - shown.length;
  return renderCard(
    groupedTemplate,
    {
      title: t('notify.title', { board: data.boardName }),
      count: t('notify.count', { count: data.changes.length }),
      boardId: data.boardId,
      lines: shown.map(lineOf(t)),
      more: hidden > 0 ? t('notify.more', { count: hidden }) : '',
      heads,
      s: { open: t('notify.open'), unsubscribe: t('notify.unsubscribe') },
    },
    { mentions },
  );
}

export interface DigestCardData {
  boardId: string;
  boardName: string;
  delivery: DeliveryView;
  /** The period's changes, oldest first. */
  changes: BoardEventView[];
  /** People the period newly assigned who are in the conversation: @mentioned, as on an instant card. */
  mentions?: MentionView[];
}

/** Tasks shown on a digest; the rest are counted. */
const MAX_DIGEST_TASKS = 10;

/** A digest: the period's changes grouped by task, "3 changes to Fix login timeout", each with its lines. */
export function digestCard(data: DigestCardData, t: TFunction) {
  const byTask = new Map<string, BoardEventView[]>();
  for (const change of data.changes)
    byTask.set(change.taskId, [...(byTask.get(change.taskId) ?? []), change]);
  const groups = [...byTask.values()].map((changes) => ({
    taskId: changes[0]!.taskId,
    // The task's latest name: a rename in the period shows its line, the heading the name it has now.
    heading: t('notify.digestTask', { count: changes.length, task: changes.at(-1)!.taskName }),
    lines: changes.slice(0, MAX_LINES).map((c) => ({ text: describeBoardEvent(c, t) })),
  }));
  const shown = groups.slice(0, MAX_DIGEST_TASKS);
  const hiddenChanges = groups.slice(MAX_DIGEST_TASKS).reduce((n, g) => n + byTask.get(g.taskId)!.length, 0);
  const mentions = data.mentions ?? [];
  return renderCard(
    digestTemplate,
    {
      title: t('notify.digestTitle', { board: data.boardName }),
      subtitle: `${t('notify.count', { count: data.changes.length })} · ${describeDelivery(data.delivery, t)}`,
      boardId: data.boardId,
      groups: shown,
      more: hiddenChanges > 0 ? t('notify.more', { count: hiddenChanges }) : '',
      heads: headsLine(mentions, t),
      s: { open: t('notify.open'), unsubscribe: t('notify.unsubscribe') },
    },
    { mentions },
  );
}

export interface PersonalCardData {
  boardName: string;
  /** Changes to the reader's tasks (and their being assigned), never the reader's own changes. */
  changes: BoardEventView[];
}

/** The personal message about one's own tasks: assigned, moved, due date, comments, overdue. */
export function personalCard(data: PersonalCardData, t: TFunction) {
  const shown = data.changes.slice(0, MAX_LINES);
  const hidden = data.changes.length - shown.length;
  return renderCard(personalTemplate, {
    title: t('notify.personalTitle', { board: data.boardName }),
    lines: shown.map(lineOf(t)),
    more: hidden > 0 ? t('notify.more', { count: hidden }) : '',
    s: { open: t('notify.open'), stop: t('notify.mineStop') },
  });
}
