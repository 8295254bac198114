import type { TFunction } from '../i18n/index.js';

/** The commands, as the user types them in the card's language. */
export function commandList(t: TFunction) {
  const ru = t('signIn.submit') === 'Войти';
  const words = ru
    ? {
        help: 'помощь',
        signIn: 'войти',
        signOut: 'выйти',
        boards: 'доски',
        board: 'доска',
        myTasks: 'мои задачи',
        newTask: 'новая [название]',
      }
    : {
        help: 'help',
        signIn: 'sign in',
        signOut: 'sign out',
        boards: 'boards',
        board: 'board',
        myTasks: 'my tasks',
        newTask: 'new [title]',
      };
  return (Object.keys(words) as (keyof typeof words)[]).map((key) => ({
    command: words[key],
    description: t(`help.commands.${key}`),
  }));
}
