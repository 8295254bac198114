// Text commands in English and Russian. Whole command words only (never substring matching), after the
// bot's <at> mention and stray whitespace are removed. Words that are no command get the nearest command
// word, when one is close, to suggest.
import type { Language } from '../../i18n/index.js';
import { nearestWord } from './nearest-command.js';

/** Every command, in the order the help card lists them. */
export const COMMAND_NAMES = [
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
  'followMine',
  'unfollowMine',
] as const;

export type CommandName = (typeof COMMAND_NAMES)[number] | 'unknown';

export interface ParsedCommand {
  name: CommandName;
  args: string;
  /** The language of the words typed, when their letters tell ("?" does not). */
  language?: Language;
  /** For words that are no command: the closest command word, to suggest. */
  nearest?: { name: Exclude<CommandName, 'unknown'>; word: string };
}

const COMMANDS: [Exclude<CommandName, 'unknown'>, string[]][] = [
  ['followMine', ['follow my tasks', 'следить за моими задачами', 'подписаться на мои задачи']],
  ['unfollowMine', ['unfollow my tasks', 'не следить за моими задачами', 'отписаться от моих задач']],
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
const WITH_ARGS: [Exclude<CommandName, 'unknown'>, string[]][] = [
  ['newTask', ['new', 'новая', 'новая задача']],
  // "subscribe daily 09:00", "подписаться каждые 30 мин": how the changes should arrive.
  ['subscribe', ['subscribe', 'follow', 'подписаться']],
];

/** Every command word, each with its command: what a mistyped word is compared with. */
const VOCABULARY = [...COMMANDS, ...WITH_ARGS].flatMap(([name, words]) =>
  words.map((word) => ({ name, word })),
);

/** The text without @mentions (`<at>Bot</at>`, with or without attributes), invisible characters and extra spaces. */
function stripMentions(text: string): string {
  return text
    .replace(/<at\b[^>]*>[\s\S]*?<\/at>/gi, ' ')
    .replace(/&nbsp;/gi, ' ')
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Russian when Cyrillic letters outnumber Latin ones, English the other way round, else not known. */
function languageOfLetters(text: string): Language | undefined {
  const cyrillic = text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (cyrillic === latin) return undefined;
  return cyrillic > latin ? 'ru' : 'en';
}

function command(name: Exclude<CommandName, 'unknown'>, args: string, words: string): ParsedCommand {
  const language = languageOfLetters(words);
  return language ? { name, args, language } : { name, args };
}

export function parseCommand(raw: string | undefined): ParsedCommand {
  const text = stripMentions(raw ?? '');
  const lower = text.toLowerCase();
  // "help?" and "boards!" mean the command too; "?" alone is itself a way to ask for help.
  const bare = lower.replace(/(?<=[^\s.!?])[.!?]+$/u, '');
  for (const [name, words] of COMMANDS) {
    if (words.includes(lower) || words.includes(bare)) return command(name, '', bare);
  }
  // Longest prefix first, so "новая задача X" is not read as "новая" + "задача X".
  for (const [name, words] of WITH_ARGS) {
    for (const word of [...words].sort((a, b) => b.length - a.length)) {
      if (lower === word) return command(name, '', word);
      if (lower.startsWith(`${word} `)) return command(name, text.slice(word.length + 1).trim(), word);
    }
  }
  const nearest = nearestWord(bare, VOCABULARY);
  // A suggestion's own words say which language to answer in; else the letters of what was typed.
  const language = languageOfLetters(nearest?.word ?? text);
  return {
    name: 'unknown',
    args: text,
    ...(language ? { language } : {}),
    ...(nearest ? { nearest } : {}),
  };
}
