// RFC 9457 problem document: the body of every error the tab API answers (`application/problem+json`).
// The `code` is what clients act on and translate; `title` and `detail` are English, for logs and for a
// client that does not know the code.
import { z } from 'zod';

/**
 * Every code a problem document of this server can carry. Stable: renaming one breaks every tab that is
 * already loaded, so add new codes rather than change old ones.
 */
export const PROBLEM_CODES = [
  /** TeamFlame did not accept the email and password. */
  'sign-in-refused',
  /** The stored TeamFlame sign-in no longer works (the refresh was refused). */
  'sign-in-expired',
  /** TeamFlame: no access to this. */
  'forbidden',
  /** TeamFlame: it does not exist, or this user cannot see it. */
  'not-found',
  /** TeamFlame asked us to slow down (a `Retry-After` header goes with it when TeamFlame gave one). */
  'rate-limited',
  'teamflame-timeout',
  'teamflame-unreachable',
  /** TeamFlame answered with a server error (5xx). */
  'teamflame-failed',
  /** TeamFlame's answer (or our request) was over the size this app handles. */
  'teamflame-too-large',
  /** TeamFlame refused the request; `params.detail` is what TeamFlame said, as it said it. */
  'teamflame-refused',
  /** TeamFlame's answer did not have the shape this app expects. */
  'teamflame-unreadable',
  /** The conversation asked about does not have the bot installed. */
  'not-installed',
  /** The caller is not (or cannot be shown to be) a member of the conversation. */
  'not-a-member',
  /** Teams could not say whether the caller is a member. */
  'membership-unknown',
  /** Sign-in throttled; `params.seconds` (and `Retry-After`) say when to try again. */
  'too-many-sign-in-attempts',
  /** The message extension's sign-in link (its ticket) is forged or over ten minutes old. */
  'sign-in-link-expired',
  /** No valid session or SSO token. */
  'unauthenticated',
  /** The request failed validation; `errors` lists the fields. */
  'invalid-request',
  /** No such route. */
  'route-not-found',
  /** The request body is over the server's limit. */
  'request-too-large',
  /** Something this server depends on (database, sign-in keys) is away for now. */
  'service-unavailable',
  /** A bug on our side; the server logged it. */
  'internal',
] as const;

export type ProblemCode = (typeof PROBLEM_CODES)[number];

const problemFieldErrorSchema = z.object({
  /** Dotted path of the request field, e.g. `name` or `assigneeIds.0`; `body` for the body as a whole. */
  field: z.string(),
  message: z.string(),
});

const problemSchema = z.object({
  /** A URI naming the kind of problem. */
  type: z.string(),
  /**
   * One of PROBLEM_CODES. Parsed as any string: a newer server may send a code an older tab does not know,
   * and the tab then shows its generic message.
   */
  code: z.string().min(1),
  /** Short, English and stable for the code; not for the user. */
  title: z.string(),
  status: z.number().int().min(400).max(599),
  /** What went wrong this time, in English: a fallback only. Never holds a token or a password. */
  detail: z.string().optional(),
  /** Values the code's text is filled with, e.g. `{ seconds: 30 }`. */
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  /** Present on 400 when the request failed validation: one entry per bad field. */
  errors: z.array(problemFieldErrorSchema).optional(),
});

export type ProblemFieldError = z.infer<typeof problemFieldErrorSchema>;
export type ProblemDocument = z.infer<typeof problemSchema>;

/** The problem document in an error answer, or undefined when the body is something else. */
export function parseProblem(body: unknown): ProblemDocument | undefined {
  const parsed = problemSchema.safeParse(body);
  return parsed.success ? parsed.data : undefined;
}
