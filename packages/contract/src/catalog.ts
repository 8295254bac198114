// Where boards live: spaces -> projects -> boards, for the board picker and "new board".
import { z } from 'zod';
import { idSchema } from './fields.js';

const spaceSchema = z.object({ id: idSchema, name: z.string() });
export const spaceListSchema = z.array(spaceSchema);

const projectSchema = z.object({ id: idSchema, name: z.string(), spaceId: idSchema });
export const projectListSchema = z.array(projectSchema);

/** A project with its space's name: one flat list for the "new board" dialog. */
const projectChoiceSchema = projectSchema.extend({ spaceName: z.string() });
export const projectChoiceListSchema = z.array(projectChoiceSchema);

/** A board as pickers list it. */
export const boardSummarySchema = z.object({
  id: idSchema,
  name: z.string(),
  /** Where the board lives, for people: "<space name> / <project name>" ("" when TeamFlame names neither). */
  path: z.string(),
});
export const boardListSchema = z.array(boardSummarySchema);

export const boardCreateSchema = z.object({
  name: z.string().trim().min(1, 'Enter a name').max(200),
  projectId: z.string().min(1, 'Choose a project').max(128),
});

export type BoardSummary = z.infer<typeof boardSummarySchema>;
export type BoardCreate = z.infer<typeof boardCreateSchema>;
