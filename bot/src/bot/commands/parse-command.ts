// Text commands in English and Russian. Whole command words only (never substring matching), after the
// bot's <at> mention and stray whitespace are removed.
export type CommandName =
  | 'help'
  | 'signIn'
  | 'signOut'
  | 'boards'
  | 'board'
  | 'myTasks'
  | 'newTask'
  | 'subscribe'
  | 'unsubscribe'
  | 'subscriptions'
  | 'unknown';

export interface ParsedCommand {
  name: CommandName;
  args: string;
}

const COMMANDS: [CommandName, string[]][] = [
  ['help', ['help', '?', 'помощь', 'справка']],
  ['signIn', ['sign in', 'signin', 'login', 'log in', 'войти', 'вход']],
  ['signOut', ['sign out', 'signout', 'logout', 'log out', 'выйти', 'выход']],
  ['boards', ['boards', 'доски']],
  ['subscribe', ['subscribe', 'follow', 'подписаться']],
  ['unsubscribe', ['unsubscribe', 'unfollow', 'отписаться']],
  ['subscriptions', ['subscriptions', 'following', 'подписки']],
  ['board', ['board', 'доска']],
  ['myTasks', ['my tasks', 'мои задачи']],
];
const WITH_ARGS: [CommandName, string[]][] = [['newTask', ['new', 'новая', 'новая задача']]];

/** The text without @mentions (`<at>Bot</at>`, with or without attributes), invisible characters and extra spaces. */
function stripMentions(text: string): string {
  return text
    .replace(/<at\b[^>]*>[\s\S]*?<\/at>/gi, ' ')
    .replace(/&nbsp;/gi, ' ')
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function parseCommand(raw: string | undefined): ParsedCommand {
  const text = stripMentions(raw ?? '');
  const lower = text.toLowerCase();
  // "help?" and "boards!" mean the command too; "?" alone is itself a way to ask for help.
  const bare = lower.replace(/(?<=[^\s.!?])[.!?]+$/u, '');
  for (const [name, words] of COMMANDS) {
    if (words.includes(lower) || words.includes(bare)) return { name, args: '' };
  }
  // Longest prefix first, so "новая задача X" is not read as "новая" + "задача X".
  for (const [name, words] of WITH_ARGS) {
    for (const word of [...words].sort((a, b) => b.length - a.length)) {
      if (lower === word) return { name, args: '' };
      if (lower.startsWith(`${word} `)) return { name, args: text.slice(word.length + 1).trim() };
    }
  }
  return { name: 'unknown', args: text };
}
