import type { TFunction } from '../../i18n/index.js';
import { commandList } from './command-list.js';
import { renderCard } from './render.js';
import template from './templates/help.json' with { type: 'json' };

/** `signedIn`: whether the reader is signed in; if not, the card offers to sign in first. */
export function helpCard(data: { inChannel: boolean; signedIn: boolean }, t: TFunction) {
  return renderCard(template, {
    inChannel: data.inChannel,
    signedIn: data.signedIn,
    commands: commandList(t),
    s: {
      title: t('help.title'),
      intro: t('help.intro'),
      channelHint: t('help.channelHint'),
      boards: t('boards.pickTitle'),
      myTasks: t('task.myTitle'),
      signIn: t('signIn.start'),
    },
  });
}
