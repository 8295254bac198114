// Every card button is an Action.Execute with a verb and data. Each verb's data has one schema here, so
// whatever a card (or a forged invoke) sends is validated before any handler sees it.
import { z } from 'zod';
import { COMMAND_NAMES } from '../commands/parse-command.js';

const id = z.string().trim().min(1).max(64);
/** The idempotency key every rendered button carries (a UUID); a resent invoke repeats it. */
const actionId = z.string().max(64).optional();
const text = (max: number) => z.string().max(max);
/** The language the card with the button answered in, when it was not the client's (core/answer-language). */
const lang = z.enum(['en', 'ru']).optional();
/** A page of a paged card, counted from 1. */
const page = z.number().int().min(1).max(10_000).optional();

/** Every verb's data: its own fields plus the rendered button's idempotency key and language. */
function verbData<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.object({ ...shape, actionId, lang });
}

/** @internal Tests use it too. */
export const actionSchemas = {
  help: verbData({}),
  /** A text command run by a button, as if typed (the suggestion for words the bot did not know). */
  'command.run': verbData({ name: z.enum(COMMAND_NAMES) }),
  'signIn.start': verbData({
    resume: text(4000).optional(),
  }),
  signIn: verbData({
    email: text(320).optional(),
    password: text(512).optional(),
    /** What the user was doing when they were asked to sign in: done right after. */
    resume: text(4000).optional(),
  }),
  signOut: verbData({}),
  'boards.pick': verbData({}),
  'board.show': verbData({ boardId: id }),
  'tasks.mine': verbData({ page }),
  'task.show': verbData({ taskId: id }),
  'task.move': verbData({ taskId: id, columnId: id }),
  /** From a "my tasks" card: `owner` is the TeamFlame user whose list it is, `page` the page shown. */
  'task.done': verbData({ taskId: id, owner: id, page }),
  'task.assign': verbData({ taskId: id, assigneeIds: text(2000).optional() }),
  'task.due': verbData({
    taskId: id,
    dueDate: z.union([z.literal(''), z.iso.date()]).optional(),
    clear: z.boolean().optional(),
  }),
  'comment.add': verbData({ taskId: id, comment: text(4000).optional() }),
  'task.new': verbData({ boardId: id, name: text(500).optional() }),
  'task.create': verbData({
    boardId: id,
    columnId: z.string().max(64).optional(),
    name: text(2000).optional(),
    description: text(10_000).optional(),
  }),
  'board.new': verbData({}),
  'board.create': verbData({
    project: z.string().max(200).optional(),
    name: text(2000).optional(),
  }),
  'column.new': verbData({ boardId: id }),
  'column.create': verbData({ boardId: id, name: text(2000).optional() }),
  refresh: verbData({ view: z.enum(['board', 'task']), id }),
  subscribe: verbData({ boardId: id }),
  unsubscribe: verbData({ boardId: id }),
} as const;

export type Verb = keyof typeof actionSchemas;
export type ActionData<V extends Verb> = z.infer<(typeof actionSchemas)[V]>;
export type ParsedAction = { [V in Verb]: { verb: V; data: ActionData<V> } }[Verb];

export type ActionParseResult =
  | { ok: true; action: ParsedAction }
  | { ok: false; reason: 'unknown-verb' }
  | { ok: false; reason: 'invalid'; errors: { field: string; message: string }[] };

/** @internal Tests use it too. */
export function isVerb(verb: unknown): verb is Verb {
  return typeof verb === 'string' && Object.hasOwn(actionSchemas, verb);
}

/** Never throws: unknown verbs, wrong types and oversized strings come back as errors. */
export function parseActionData(verb: unknown, data: unknown): ActionParseResult {
  if (!isVerb(verb)) return { ok: false, reason: 'unknown-verb' };
  const parsed = actionSchemas[verb].safeParse(data ?? {});
  if (!parsed.success) {
    return {
      ok: false,
      reason: 'invalid',
      errors: parsed.error.issues.map((i) => ({ field: i.path.join('.') || 'data', message: i.message })),
    };
  }
  return { ok: true, action: { verb, data: parsed.data } as ParsedAction };
}

/** Verbs that change TeamFlame: guarded by an idempotency key. */
export const WRITE_VERBS: ReadonlySet<Verb> = new Set([
  'task.move',
  'task.done',
  'task.assign',
  'task.due',
  'comment.add',
  'task.create',
  'board.create',
  'column.create',
]);
