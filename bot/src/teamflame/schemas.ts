// TeamFlame's entities, parsed tolerantly: unknown fields are kept, everything the spec does not mark as
// required is optional, and ids are opaque strings. A missing required field is a TeamFlameSchemaError.
import { z } from 'zod';
import { TeamFlameSchemaError } from './errors.js';

const id = z.string().min(1);
const optionalText = z.string().nullish();

export const userSchema = z
  .object({
    id,
    email: optionalText,
    firstName: optionalText,
    lastName: optionalText,
    surName: optionalText,
    avatar: optionalText,
    role: optionalText,
    active: z.boolean().nullish(),
    emailVerified: z.boolean().nullish(),
  })
  .loose();

export const spaceSchema = z
  .object({ id, name: z.string(), description: optionalText, users: z.array(z.unknown()).nullish() })
  .loose();

export const projectSchema = z
  .object({ id, name: z.string(), space: optionalText, description: optionalText, projectKey: optionalText })
  .loose();

export const boardSchema = z
  .object({
    id,
    name: z.string(),
    spaceId: optionalText,
    projectId: optionalText,
    columns: z.array(z.string()).nullish(),
  })
  .loose();

/** `createdAt` is not in any public client; kept when an answer has it (as Mongo-backed APIs usually do). */
const commentSchema = z
  .object({
    userName: optionalText,
    text: z.string(),
    createdAt: z.iso.datetime({ offset: true }).nullish().catch(undefined),
  })
  .loose();

export const taskSchema = z
  .object({
    id,
    name: z.string(),
    columnId: id,
    description: optionalText,
    boardId: optionalText,
    projectId: optionalText,
    spaceId: optionalText,
    taskNumber: z.number().nullish(),
    priority: z.string().nullish(),
    status: z.array(z.unknown()).nullish(),
    users: z.array(z.string()).nullish(),
    creator: z
      .object({ firstName: optionalText, lastName: optionalText, name: optionalText })
      .loose()
      .nullish(),
    comments: z.array(commentSchema).nullish(),
    subTasks: z.array(z.unknown()).nullish(),
    startDate: optionalText,
    endDate: optionalText,
  })
  .loose();

export const columnSchema = z
  .object({ id, name: z.string(), boardId: optionalText, tasks: z.array(taskSchema).nullish() })
  .loose();

/**
 * A column from getByBoardOneLayer: its embedded tasks may leave out `columnId`, which the column itself
 * tells, so it is filled in from there.
 */
export const layeredColumnSchema = z
  .object({
    id,
    name: z.string(),
    boardId: optionalText,
    tasks: z.array(taskSchema.extend({ columnId: id.optional() })).nullish(),
  })
  .loose()
  .transform((column) => ({
    ...column,
    tasks: column.tasks?.map((task) => ({ ...task, columnId: task.columnId ?? column.id })),
  }));

export const signInSchema = z
  .object({
    user: userSchema,
    tokens: z
      .object({
        accessToken: z.object({ token: z.string().min(1), expiresIn: z.number().nullish() }).loose(),
        refreshToken: z
          .object({ token: z.string().min(1) })
          .loose()
          .nullish(),
      })
      .loose(),
  })
  .loose();

export type User = z.infer<typeof userSchema>;
export type Space = z.infer<typeof spaceSchema>;
export type Project = z.infer<typeof projectSchema>;
export type Board = z.infer<typeof boardSchema>;
export type Column = z.infer<typeof columnSchema>;
export type Task = z.infer<typeof taskSchema>;
export type Comment = z.infer<typeof commentSchema>;

/** The whole board, as loadBoard returns it: its columns in board order, each with its tasks. */
export interface BoardWithColumns {
  boardId: string;
  columns: (Column & { tasks: Task[] })[];
}
/** The name the bot and the notifications first used for BoardWithColumns. */
export type BoardColumns = BoardWithColumns;

/** `tasks` + [3, 'columnId'] -> `tasks[3].columnId`; `task` + ['creator', 'name'] -> `task.creator.name`. */
function fieldPath(what: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, part) => (typeof part === 'number' ? `${out}[${part}]` : `${out}.${String(part)}`),
    what,
  );
}

/** Parses a TeamFlame answer; `what` names the answer (e.g. "tasks") and starts the field path of an error. */
export function parseAnswer<T extends z.ZodType>(schema: T, data: unknown, what: string): z.infer<T> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new TeamFlameSchemaError(fieldPath(what, issue.path), what);
}
