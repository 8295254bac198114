import type { TFunction } from '../../i18n/index.js';
import { commandList } from './command-list.js';
import { renderCard } from './render.js';
import template from './templates/welcome.json' with { type: 'json' };

export function welcomeCard(data: { signedInAs?: string; inChannel: boolean }, t: TFunction) {
  return renderCard(template, {
    signedInAs: data.signedInAs ?? '',
    inChannel: data.inChannel,
    commands: commandList(t),
    s: {
      title: t('welcome.title'),
      body: t('welcome.body'),
      signedIn: t('welcome.signedIn', { name: data.signedInAs ?? '' }),
      commandsIntro: t('help.intro'),
      channelHint: t('help.channelHint'),
      signIn: t('signIn.start'),
      boards: t('boards.pickTitle'),
    },
  });
}
