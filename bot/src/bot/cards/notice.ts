// Small cards that say one thing: signed in, signed out, still working, an error, "sign in privately".
import type { TeamFlameErrorCode } from '../../teamflame/errors.js';
import type { TFunction } from '../i18n/index.js';
import { renderCard } from './render.js';
import template from './templates/notice.json' with { type: 'json' };

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

/** What this conversation follows, with a way to stop each. */
export function subscriptionsCard(boards: { id: string; name: string }[], t: TFunction) {
  return noticeCard({
    title: t('notify.listTitle'),
    // One line each, with a bullet character: card text is escaped, so a markdown list would show its "-".
    text: boards.length ? boards.map((b) => `• ${b.name}`).join('\n') : t('notify.listNone'),
    color: 'Default',
    actions: boards.map((b) => ({
      title: t('notify.unfollow', { board: b.name }),
      verb: 'unsubscribe',
      data: { boardId: b.id },
    })),
  });
}

export interface ErrorCardData {
  /** What went wrong, in words a user understands. */
  message: string;
  /** What to do about it. */
  hint?: string;
  /** A button that repeats the failed action (it keeps that action's idempotency key). */
  retry?: NoticeAction;
}

export function errorCard(data: ErrorCardData, t: TFunction) {
  return noticeCard({
    title: t('error.title'),
    text: data.message,
    hint: data.hint,
    color: 'Attention',
    actions: data.retry ? [data.retry] : [],
  });
}

/** Every failure a user can meet, each with its message and what to do (both languages, checked by tsc). */
export type UserErrorCode =
  TeamFlameErrorCode | 'invalid-action' | 'unknown-action' | 'internal' | 'no-board' | 'not-signed-in';

const ERROR_TEXT: Record<UserErrorCode, { message: string; hint: string }> = {
  auth: { message: 'error.auth', hint: 'errorHint.auth' },
  forbidden: { message: 'error.forbidden', hint: 'errorHint.forbidden' },
  'not-found': { message: 'error.not-found', hint: 'errorHint.not-found' },
  'rate-limited': { message: 'error.rate-limited', hint: 'errorHint.rate-limited' },
  unavailable: { message: 'error.unavailable', hint: 'errorHint.unavailable' },
  validation: { message: 'error.validation', hint: 'errorHint.validation' },
  schema: { message: 'error.schema', hint: 'errorHint.schema' },
  'invalid-action': { message: 'error.invalid-action', hint: 'errorHint.invalid-action' },
  'unknown-action': { message: 'error.unknown-action', hint: 'errorHint.unknown-action' },
  internal: { message: 'error.internal', hint: 'errorHint.internal' },
  'no-board': { message: 'boards.noneChosen', hint: 'errorHint.no-board' },
  'not-signed-in': { message: 'signIn.notSignedIn', hint: 'errorHint.not-signed-in' },
};

/** Codes worth a "Try again" button: the same action may well work in a moment. */
export const RETRYABLE_ERRORS: ReadonlySet<UserErrorCode> = new Set(['rate-limited', 'unavailable']);

/**
 * The error card for a code. `detail` fills the message of `validation` and `invalid-action`; `retry`
 * is offered only for codes where trying again can help.
 */
export function errorCardFor(
  code: UserErrorCode,
  t: TFunction,
  options: { detail?: string; retry?: Omit<NoticeAction, 'title'> } = {},
) {
  const text = ERROR_TEXT[code];
  return errorCard(
    {
      message: t(text.message, { detail: options.detail ?? '' }),
      hint: t(text.hint),
      retry:
        options.retry && RETRYABLE_ERRORS.has(code)
          ? { title: t('error.tryAgain'), ...options.retry }
          : undefined,
    },
    t,
  );
}
