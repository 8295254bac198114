// A board with its columns and tasks, and the writes on them.
import { z } from 'zod';
import { idSchema, isoDateSchema, isoDateTimeSchema } from './fields.js';

/** A TeamFlame user as the tab shows one: avatar initials computed by the server. */
const personSchema = z.object({
  /** The TeamFlame user id. */
  id: idSchema,
  name: z.string(),
  initials: z.string(),
});
export const peopleSchema = z.array(personSchema);

/** TeamFlame's priorities ("middle", not "medium"); "" is none. */
const prioritySchema = z.enum(['low', 'middle', 'high', '']);

const commentSchema = z.object({
  /** The author's display name (TeamFlame gives no author id). */
  author: z.string(),
  /** The comment as HTML, sanitized by the server; the tab sanitizes it again before showing it. */
  textHtml: z.string(),
  /** When it was written, if TeamFlame says (its API is not known to always give it); null otherwise. */
  at: isoDateTimeSchema.nullable(),
});
export const commentListSchema = z.array(commentSchema);

export const taskSchema = z.object({
  id: idSchema,
  name: z.string(),
  /** HTML, sanitized by the server ("" when empty); the tab sanitizes it again before showing it. */
  descriptionHtml: z.string(),
  /** The same description as plain text, line breaks kept: what an edit field starts from, and what search
   * reads. Sent back as typed, it is stored unchanged (never escaped twice). */
  descriptionText: z.string(),
  columnId: idSchema,
  boardId: idSchema,
  assignees: peopleSchema,
  /** The due date (TeamFlame's endDate) as a calendar date, or null. */
  dueDate: isoDateSchema.nullable(),
  /** Past its due date and not in a done/closed column, as the server judges it. */
  overdue: z.boolean(),
  /** Not overdue yet, but due within a day (and not done), as the server judges it. */
  dueSoon: z.boolean(),
  priority: prioritySchema,
  commentCount: z.number().int().min(0),
  /** Oldest first. Always present when one task is answered (GET, PATCH, comment); the board listing may
   * leave it out to stay small, so readers fall back to `commentCount`. */
  comments: commentListSchema.optional(),
});

/** Tasks in TeamFlame's order (TeamFlame keeps no other). */
export const columnSchema = z.object({ id: idSchema, name: z.string(), tasks: z.array(taskSchema) });

/** `GET /api/boards/:boardId`: the whole board in one answer; columns in board order. */
export const boardSchema = z.object({
  id: idSchema,
  name: z.string(),
  /** "<space name> / <project name>", as in the board list. */
  path: z.string(),
  columns: z.array(columnSchema),
  /** The people who can be assigned (the members of the board's space). */
  members: peopleSchema,
});

export const taskCreateSchema = z.object({
  name: z.string().trim().min(1, 'Enter a title').max(500),
  columnId: idSchema,
  /** What the person typed, line breaks included; the server makes it TeamFlame's rich text (never takes
   * HTML from the tab). */
  description: z.string().max(10_000).optional(),
  /** Quick add's optional chips: who does it and by when. */
  assigneeIds: z.array(idSchema).max(50).optional(),
  dueDate: isoDateSchema.optional(),
});

/** Only the fields sent change. `dueDate: null` clears the due date; `assigneeIds` replaces the list. */
export const taskUpdateSchema = z
  .object({
    name: z.string().trim().min(1, 'Enter a title').max(500).optional(),
    /** What the person typed, line breaks included, as for a new task; replaces the description. */
    description: z.string().max(10_000).optional(),
    columnId: idSchema.optional(),
    assigneeIds: z.array(idSchema).max(50).optional(),
    dueDate: isoDateSchema.nullable().optional(),
    priority: prioritySchema.optional(),
  })
  .refine((u) => Object.values(u).some((v) => v !== undefined), 'Send at least one field to change');

/** A new column, or a column's new name. */
export const columnNameSchema = z.object({ name: z.string().trim().min(1, 'Enter a name').max(200) });

/** A column without its tasks: what renaming one answers. */
export const columnSummarySchema = z.object({ id: idSchema, name: z.string() });

export const commentCreateSchema = z.object({
  /** What the person typed, line breaks included; the server makes it TeamFlame's rich text. */
  text: z.string().trim().min(1, 'Write a comment').max(4000),
});

export type Person = z.infer<typeof personSchema>;
export type TabTask = z.infer<typeof taskSchema>;
export type TabColumn = z.infer<typeof columnSchema>;
export type TabBoard = z.infer<typeof boardSchema>;
export type TaskUpdate = z.infer<typeof taskUpdateSchema>;
export type Priority = z.infer<typeof prioritySchema>;
