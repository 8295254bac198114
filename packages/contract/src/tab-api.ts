// The tab's REST API: request and response schemas written once, used by the server to validate and by
// the tab to parse.
import { z } from 'zod';

export const signInRequestSchema = z.object({
  email: z.string().trim().min(1, 'Enter your TeamFlame email').max(320),
  password: z.string().min(1, 'Enter your password').max(512),
});

export const userSchema = z.object({
  id: z.string(),
  /** The TeamFlame user id, as task assignees name it. */
  teamflameUserId: z.string(),
  name: z.string(),
  email: z.string().nullable(),
});

export const signInResponseSchema = z.object({
  sessionToken: z.string(),
  expiresAt: z.string(),
  user: userSchema,
});

export const boardSummarySchema = z.object({ id: z.string(), name: z.string(), path: z.string() });
export const boardListSchema = z.array(boardSummarySchema);

export const personSchema = z.object({ id: z.string(), name: z.string(), initials: z.string() });

export const taskSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** Sanitized by the server; the tab sanitizes again before showing it. */
  descriptionHtml: z.string(),
  columnId: z.string(),
  boardId: z.string(),
  assignees: z.array(personSchema),
  dueDate: z.string().nullable(),
  overdue: z.boolean(),
  priority: z.string(),
  commentCount: z.number().int(),
  comments: z.array(z.object({ author: z.string(), text: z.string() })),
});

export const columnSchema = z.object({ id: z.string(), name: z.string(), tasks: z.array(taskSchema) });

export const boardSchema = z.object({
  id: z.string(),
  name: z.string(),
  path: z.string(),
  columns: z.array(columnSchema),
  members: z.array(personSchema),
});

const isoDate = z.iso.date();

export const taskUpdateSchema = z
  .object({
    name: z.string().trim().min(1).max(500).optional(),
    description: z.string().max(10_000).optional(),
    columnId: z.string().min(1).max(64).optional(),
    assigneeIds: z.array(z.string().min(1).max(64)).max(50).optional(),
    dueDate: isoDate.nullable().optional(),
  })
  .refine((u) => Object.keys(u).length > 0, 'Send at least one field to change');

export const taskCreateSchema = z.object({
  name: z.string().trim().min(1, 'Enter a title').max(500),
  description: z.string().max(10_000).optional(),
  columnId: z.string().min(1).max(64),
});

export const boardCreateSchema = z.object({
  name: z.string().trim().min(1, 'Enter a name').max(200),
  projectId: z.string().min(1, 'Choose a project').max(64),
});

export const columnCreateSchema = z.object({ name: z.string().trim().min(1, 'Enter a name').max(200) });

export const projectChoiceSchema = z.object({
  id: z.string(),
  name: z.string(),
  spaceId: z.string(),
  spaceName: z.string(),
});
export const projectChoiceListSchema = z.array(projectChoiceSchema);
export const peopleSchema = z.array(personSchema);

export const commentCreateSchema = z.object({ text: z.string().trim().min(1, 'Write a comment').max(4000) });

export type SignInRequest = z.infer<typeof signInRequestSchema>;
export type SignInResponse = z.infer<typeof signInResponseSchema>;
export type TabUser = z.infer<typeof userSchema>;
export type BoardSummary = z.infer<typeof boardSummarySchema>;
export type TabBoard = z.infer<typeof boardSchema>;
export type TabColumn = z.infer<typeof columnSchema>;
export type TabTask = z.infer<typeof taskSchema>;
export type Person = z.infer<typeof personSchema>;
export type TaskUpdate = z.infer<typeof taskUpdateSchema>;
export type TaskCreate = z.infer<typeof taskCreateSchema>;
export type BoardCreate = z.infer<typeof boardCreateSchema>;
export type ColumnCreate = z.infer<typeof columnCreateSchema>;
export type ProjectChoice = z.infer<typeof projectChoiceSchema>;
