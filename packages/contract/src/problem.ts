// RFC 9457 problem document: the body of every error the tab API answers (`application/problem+json`).
import { z } from 'zod';

const problemFieldErrorSchema = z.object({
  /** Dotted path of the request field, e.g. `name` or `assigneeIds.0`; `body` for the body as a whole. */
  field: z.string(),
  message: z.string(),
});

const problemSchema = z.object({
  /** A URI naming the kind of problem; `about:blank` when the status says it all. */
  type: z.string(),
  /** Short and stable for the kind of problem; not for the user. */
  title: z.string(),
  status: z.number().int().min(400).max(599),
  /** What went wrong this time, in words fit to show the user. Never holds a token or a password. */
  detail: z.string().optional(),
  /** Present on 400 when the request failed validation: one entry per bad field. */
  errors: z.array(problemFieldErrorSchema).optional(),
});

export type ProblemDocument = z.infer<typeof problemSchema>;

/** The problem document in an error answer, or undefined when the body is something else. */
export function parseProblem(body: unknown): ProblemDocument | undefined {
  const parsed = problemSchema.safeParse(body);
  return parsed.success ? parsed.data : undefined;
}
