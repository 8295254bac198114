// Small cards that say one thing: signed in, signed out, still working, an error, "sign in privately".
import { ERROR_CATALOG, errorText, type Failure } from '../../errors/index.js';
import type { TFunction } from '../../i18n/index.js';
import type { CommandName } from '../commands/parse-command.js';
import { clip } from './clip.js';
import { describeDelivery } from './notification-text.js';
import { renderCard } from './render.js';
import template from './templates/notice.json' with { type: 'json' };
import type { DeliveryView } from './view-models.js';

/** A button on a notice: an Action.Execute with its verb and data. */
export interface NoticeAction {
  title: string;
  verb: string;
  data: Record<string, unknown>;
}

interface Notice {
  title: string;
  text: string;
  /** What the user can do about it; shown apart from the text. */
  hint?: string;
  color: 'Default' | 'Good' | 'Attention';
  actions: NoticeAction[];
}

function noticeCard(notice: Notice) {
  return renderCard(template, { ...notice, hint: notice.hint ?? '' });
}

export function signedInCard(data: { name: string }, t: TFunction) {
  return noticeCard({
    title: t('signIn.signedIn', { name: data.name }),
    text: t('signIn.signedInBody'),
    color: 'Good',
    actions: [
      { title: t('boards.pickTitle'), verb: 'boards.pick', data: {} },
      { title: t('task.myTitle'), verb: 'tasks.mine', data: {} },
    ],
  });
}

export function signedOutCard(t: TFunction) {
  return noticeCard({
    title: t('signIn.signedOut'),
    text: '',
    color: 'Default',
    actions: [{ title: t('signIn.start'), verb: 'signIn.start', data: {} }],
  });
}

/** In shared conversations: the form itself is only shown in the answer to the person who presses. */
export function signInPromptCard(t: TFunction, resume?: string) {
  return noticeCard({
    title: t('signIn.title'),
    text: t('signIn.privately'),
    color: 'Default',
    actions: [{ title: t('signIn.start'), verb: 'signIn.start', data: resume ? { resume } : {} }],
  });
}

/** The answer when TeamFlame is slow; the finished card replaces it in place. */
export function stillWorkingCard(t: TFunction) {
  return noticeCard({ title: t('working.title'), text: t('working.body'), color: 'Default', actions: [] });
}

/** Notifications for a board stopped because no follower's sign-in works any more. */
export function renewNoticeCard(data: { boardName: string }, t: TFunction) {
  return noticeCard({
    title: t('notify.renewTitle'),
    text: t('notify.renew', { board: data.boardName }),
    color: 'Attention',
    actions: [{ title: t('signIn.start'), verb: 'signIn.start', data: {} }],
  });
}

/**
 * What this conversation follows, with a way to stop each: the list ("subscriptions"), or the question
 * which one to stop ("unsubscribe" while several are followed).
 */
export function subscriptionsCard(
  boards: { id: string; name: string; path: string; delivery: DeliveryView }[],
  t: TFunction,
  purpose: 'list' | 'chooseToStop' = 'list',
) {
  return noticeCard({
    title: t(
      purpose === 'list'
        ? 'notify.listTitle'
        : boards.length
          ? 'notify.chooseToStop'
          : 'notify.nothingToStop',
    ),
    // One line each, with a bullet character: card text is escaped, so a markdown list would show its "-".
    text: boards.length ? boards.map((b) => `• ${followedLine(b, t)}`).join('\n') : t('notify.listNone'),
    color: 'Default',
    actions: boards.map((b) => ({
      title: t('notify.unfollow', { board: b.name }),
      verb: 'unsubscribe',
      data: { boardId: b.id },
    })),
  });
}

/**
 * "Sprint 14 (Team / Project): a daily digest at 09:00 (Europe/Moscow)". Names and punctuation only around
 * the delivery's own words, so the line is in the card's language with no sentence of its own.
 */
function followedLine(board: { name: string; path: string; delivery: DeliveryView }, t: TFunction): string {
  const place = board.path ? `${board.name} (${board.path})` : board.name;
  return `${place}: ${describeDelivery(board.delivery, t)}`;
}

/** A whole message may have been typed: the card repeats at most the start of it. */
const TYPED_SHOWN = 200;

/** What "follow my tasks" / "unfollow my tasks" came to. */
export function myTasksFollowCard(
  outcome: 'followed' | 'unfollowed' | 'notFollowed' | 'onlyPersonal',
  t: TFunction,
) {
  const text = {
    followed: 'notify.mineFollowed',
    unfollowed: 'notify.mineUnfollowed',
    notFollowed: 'notify.mineNotFollowed',
    onlyPersonal: 'notify.mineOnlyPersonal',
  }[outcome];
  return noticeCard({
    title: t('notify.mineTitle'),
    text: t(text),
    color: outcome === 'followed' ? 'Good' : 'Default',
    actions:
      outcome === 'followed'
        ? [{ title: t('notify.mineStop'), verb: 'command.run', data: { name: 'unfollowMine' } }]
        : [],
  });
}

/** "subscribe" with options it does not know: what it understands instead. */
export function badDeliveryCard(typed: string, t: TFunction) {
  return noticeCard({
    title: t('error.title'),
    text: t('notify.badDelivery', { text: clip(typed, TYPED_SHOWN) }),
    color: 'Attention',
    actions: [{ title: t('unknown.help'), verb: 'help', data: {} }],
  });
}

/**
 * The answer to words that are no command: what was not understood, the command that was probably meant
 * (a button that runs it), and Help.
 */
export function notUnderstoodCard(
  data: { typed: string; nearest?: { name: Exclude<CommandName, 'unknown'>; word: string } },
  t: TFunction,
) {
  const { nearest } = data;
  return noticeCard({
    title: t('unknown.title', { text: clip(data.typed, TYPED_SHOWN) }),
    text: nearest ? t('unknown.didYouMean', { command: nearest.word }) : t('unknown.seeHelp'),
    color: 'Default',
    actions: [
      ...(nearest ? [{ title: nearest.word, verb: 'command.run', data: { name: nearest.name } }] : []),
      { title: t('unknown.help'), verb: 'help', data: {} },
    ],
  });
}

/**
 * The one error card: what went wrong and what to do, from the error catalog, in the reader's language.
 * "Try again" (repeating the failed action with the same idempotency key) only where the catalog says
 * trying again can help.
 */
export function errorCard(
  failure: Failure,
  t: TFunction,
  options: { retry?: Omit<NoticeAction, 'title'> } = {},
) {
  const { message, hint } = errorText(failure, t);
  const retryable = ERROR_CATALOG[failure.code].retryable;
  return noticeCard({
    title: t('error.title'),
    text: message,
    hint,
    color: 'Attention',
    actions: options.retry && retryable ? [{ title: t('error.tryAgain'), ...options.retry }] : [],
  });
}
