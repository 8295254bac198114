import type { TFunction } from '../../i18n/index.js';

const COMMANDS = [
  'help',
  'signIn',
  'signOut',
  'boards',
  'board',
  'myTasks',
  'newTask',
  'subscribe',
  'unsubscribe',
  'subscriptions',
] as const;

/** The commands as the user types them, with what each does, in the card's language. */
export function commandList(t: TFunction) {
  return COMMANDS.map((key) => ({ command: t(`help.words.${key}`), description: t(`help.commands.${key}`) }));
}
