// Where boards live: spaces -> projects -> boards, for the board picker and "new board".
import { z } from 'zod';
import { idSchema } from './fields.js';

export const spaceSchema = z.object({ id: idSchema, name: z.string() });
export const spaceListSchema = z.array(spaceSchema);

export const projectSchema = z.object({ id: idSchema, name: z.string(), spaceId: idSchema });
export const projectListSchema = z.array(projectSchema);

/** A board as pickers list it: with the names of its space and project ("" when TeamFlame has none). */
export const boardSummarySchema = z.object({
  id: idSchema,
  name: z.string(),
  spaceId: idSchema.nullable(),
  spaceName: z.string(),
  projectId: idSchema.nullable(),
  projectName: z.string(),
});
export const boardSummaryListSchema = z.array(boardSummarySchema);

export const boardCreateSchema = z.object({
  name: z.string().trim().min(1, 'Enter a name').max(200),
  projectId: idSchema,
});

export type Space = z.infer<typeof spaceSchema>;
export type Project = z.infer<typeof projectSchema>;
export type BoardSummary = z.infer<typeof boardSummarySchema>;
export type BoardCreate = z.infer<typeof boardCreateSchema>;
