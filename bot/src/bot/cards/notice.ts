// Small cards that say one thing: signed in, signed out, still working, an error, "sign in privately".
import type { TFunction } from '../i18n/index.js';
import { renderCard } from './render.js';
import template from './templates/notice.json' with { type: 'json' };

interface NoticeAction {
  title: string;
  verb: string;
  data: Record<string, unknown>;
}

function noticeCard(
  title: string,
  text: string,
  color: 'Default' | 'Good' | 'Attention',
  actions: NoticeAction[],
) {
  return renderCard(template, { title, text, color, actions });
}

export function signedInCard(data: { name: string }, t: TFunction) {
  return noticeCard(t('signIn.signedIn', { name: data.name }), t('signIn.signedInBody'), 'Good', [
    { title: t('boards.pickTitle'), verb: 'boards.pick', data: {} },
    { title: t('task.myTitle'), verb: 'tasks.mine', data: {} },
  ]);
}

export function signedOutCard(t: TFunction) {
  return noticeCard(t('signIn.signedOut'), '', 'Default', [
    { title: t('signIn.start'), verb: 'signIn.start', data: {} },
  ]);
}

/** In shared conversations: the form itself is only shown in the answer to the person who presses. */
export function signInPromptCard(t: TFunction, resume?: string) {
  return noticeCard(t('signIn.title'), t('signIn.privately'), 'Default', [
    { title: t('signIn.start'), verb: 'signIn.start', data: resume ? { resume } : {} },
  ]);
}

export function stillWorkingCard(t: TFunction) {
  return noticeCard(t('working.title'), t('working.body'), 'Default', []);
}

/** What this conversation follows, with a way to stop each. */
export function subscriptionsCard(boards: { id: string; name: string }[], t: TFunction) {
  return noticeCard(
    t('notify.listTitle'),
    boards.length ? boards.map((b) => `- ${b.name}`).join('\n') : t('notify.listNone'),
    'Default',
    boards.map((b) => ({
      title: t('notify.unfollow', { board: b.name }),
      verb: 'unsubscribe',
      data: { boardId: b.id },
    })),
  );
}

export function errorCard(data: { message: string; retry?: NoticeAction }, t: TFunction) {
  return noticeCard(t('error.title'), data.message, 'Attention', data.retry ? [data.retry] : []);
}
