import { z } from 'zod';

/** RFC 9457 problem document: every error the tab API answers. */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
});

export type ProblemDocument = z.infer<typeof problemSchema>;
