import type { z } from 'zod';
import { HttpError } from './http.js';

/** Parses a request body or throws a 400 whose message names the offending field. */
export function parseBody<T extends z.ZodType>(schema: T, body: unknown): z.infer<T> {
  const result = schema.safeParse(body ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = issue.path.join('.') || 'body';
  throw new HttpError(400, `${field}: ${issue.message}`);
}
