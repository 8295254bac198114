import type { TFunction } from '../../i18n/index.js';
import { COMMAND_NAMES } from '../commands/parse-command.js';

/** The commands as the user types them, with what each does, in the card's language. */
export function commandList(t: TFunction) {
  return COMMAND_NAMES.map((key) => ({
    command: t(`help.words.${key}`),
    description: t(`help.commands.${key}`),
  }));
}
