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
  /** Posts the task's card as a new message, leaving the card whose button was pressed as it was. */
  'task.open': verbData({ taskId: id }),
  /** From a "my tasks" card: `owner` is the TeamFlame user whose list it is, `page` the page shown. */
  'task.done': verbData({ taskId: id, owner: id, page }),
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
  /** From the board card's form: `delivery` "instant" | "every:N" | "daily", `dailyAt` "HH:MM". */
  subscribe: verbData({
    boardId: id,
    delivery: z.string().max(20).optional(),
    dailyAt: z.string().max(10).optional(),
  }),
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
  'task.done',
  'task.create',
  'board.create',
  'column.create',
]);

// Editing a task happens in Teams dialogs. A task card's dialog buttons are Action.Submit buttons with
// `msteams: { type: 'task/fetch' }`: Teams sends their data with a task/fetch invoke, and the form it gets
// back is shown in a dialog; the form's own Action.Submit sends its inputs with a task/submit invoke.

/** @internal Tests use it too. */
export const DIALOGS = ['move', 'assign', 'due', 'comment', 'edit'] as const;
export type DialogName = (typeof DIALOGS)[number];

/** What a task card's dialog button sends: which dialog, for which task. */
const dialogOpenSchema = z.object({ dialog: z.enum(DIALOGS), taskId: id, lang });
export type DialogOpen = z.infer<typeof dialogOpenSchema>;

/** What every form's submit carries: its task, its idempotency key and the language it was drawn in. */
const form = { taskId: id, actionId, lang };

/** Every dialog form's submit: the dialog, what every form carries, and the form's inputs. */
const dialogSubmitSchema = z.discriminatedUnion('dialog', [
  z.object({ dialog: z.literal('move'), ...form, columnId: z.string().max(64).optional() }),
  z.object({ dialog: z.literal('assign'), ...form, assigneeIds: text(2000).optional() }),
  z.object({
    dialog: z.literal('due'),
    ...form,
    dueDate: z.union([z.literal(''), z.iso.date()]).optional(),
    clear: z.boolean().optional(),
  }),
  z.object({ dialog: z.literal('comment'), ...form, comment: text(4000).optional() }),
  z.object({
    dialog: z.literal('edit'),
    ...form,
    name: text(2000).optional(),
    description: text(10_000).optional(),
  }),
  /**
   * The message extension's "Create task from this message" form; Teams sends it with
   * composeExtension/submitAction (never task/submit). `place` is "boardId/columnId"; the due date is
   * checked by the handler, so a wrong one keeps the form open saying so.
   */
  z.object({
    dialog: z.literal('fromMessage'),
    actionId,
    lang,
    place: z.string().max(200).optional(),
    name: text(2000).optional(),
    description: text(10_000).optional(),
    assigneeIds: text(2000).optional(),
    dueDate: z.string().max(40).optional(),
  }),
  /** The sign-in form a dialog shows to someone not signed in; `then` is the dialog they asked for. */
  z.object({
    dialog: z.literal('signIn'),
    lang,
    email: text(320).optional(),
    password: text(512).optional(),
    then: dialogOpenSchema,
  }),
]);
export type DialogSubmit = z.infer<typeof dialogSubmitSchema>;
export type DialogData<D extends DialogSubmit['dialog']> = Extract<DialogSubmit, { dialog: D }>;

type Parsed<T> = { ok: true; value: T } | { ok: false; fields: string[] };

function parseWith<T>(schema: z.ZodType<T>, value: unknown): Parsed<T> {
  const parsed = schema.safeParse(value ?? {});
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, fields: [...new Set(parsed.error.issues.map((i) => i.path.join('.') || 'data'))] };
}

/** A task/fetch's `data`. Never throws; Teams' own `msteams` field and anything unknown are dropped. */
export function parseDialogOpen(data: unknown): Parsed<DialogOpen> {
  return parseWith(dialogOpenSchema, data);
}

/** A task/submit's `data`. Never throws. */
export function parseDialogSubmit(data: unknown): Parsed<DialogSubmit> {
  return parseWith(dialogSubmitSchema, data);
}
