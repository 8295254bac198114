// The route table of the tab API: method, path (restify/express `:param` syntax), body and answer schemas.
// The server registers and validates from it; the tab's client calls and parses through it.
import { z } from 'zod';
import { signInRequestSchema, signInResponseSchema, ssoSettingsSchema, userSchema } from './auth.js';
import {
  boardCreateSchema,
  boardListSchema,
  boardSummarySchema,
  projectChoiceListSchema,
  projectListSchema,
  spaceListSchema,
} from './catalog.js';
import {
  boardSchema,
  columnNameSchema,
  columnSummarySchema,
  columnSchema,
  commentCreateSchema,
  commentListSchema,
  peopleSchema,
  taskCreateSchema,
  taskSchema,
  taskUpdateSchema,
} from './board.js';
import { conversationIdSchema, idSchema } from './fields.js';
import { subscriptionListSchema, subscriptionSchema } from './subscriptions.js';

type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface RouteSpec {
  readonly method: HttpMethod;
  readonly path: `/api/${string}`;
  /** Whether the call needs `Authorization: Bearer <session token | Teams SSO token>`; 401 otherwise. */
  readonly auth: boolean;
  /** The JSON body's schema; null: the call takes no body. */
  readonly body: z.ZodType | null;
  /** The success status and the answer's schema; 204 answers have no body (null). */
  readonly status: 200 | 204;
  readonly response: z.ZodType | null;
}

const route = <const R extends RouteSpec>(spec: R): R => spec;

export const routes = {
  me: route({ method: 'GET', path: '/api/me', auth: true, body: null, status: 200, response: userSchema }),
  signIn: route({
    method: 'POST',
    path: '/api/auth/signin',
    auth: false,
    body: signInRequestSchema,
    status: 200,
    response: signInResponseSchema,
  }),
  /** Teams SSO's consent settings for the tab's auth-start page (public: it runs before any sign-in). */
  ssoSettings: route({
    method: 'GET',
    path: '/api/auth/sso',
    auth: false,
    body: null,
    status: 200,
    response: ssoSettingsSchema,
  }),
  /** Forgets the user's TeamFlame tokens on the server (bot and tab alike). */
  signOut: route({
    method: 'POST',
    path: '/api/auth/signout',
    auth: true,
    body: null,
    status: 204,
    response: null,
  }),

  /** Not served by bot/src/api yet. */
  spaces: route({
    method: 'GET',
    path: '/api/spaces',
    auth: true,
    body: null,
    status: 200,
    response: spaceListSchema,
  }),
  /** Every project the user can see, each with its space's name (the "new board" dialog's choice). */
  projectChoices: route({
    method: 'GET',
    path: '/api/projects',
    auth: true,
    body: null,
    status: 200,
    response: projectChoiceListSchema,
  }),
  /** Not served by bot/src/api yet. */
  projects: route({
    method: 'GET',
    path: '/api/spaces/:spaceId/projects',
    auth: true,
    body: null,
    status: 200,
    response: projectListSchema,
  }),
  /** Not served by bot/src/api yet. */
  projectBoards: route({
    method: 'GET',
    path: '/api/projects/:projectId/boards',
    auth: true,
    body: null,
    status: 200,
    response: boardListSchema,
  }),
  /** Every board the user can see, with space and project names: the picker's list. */
  boards: route({
    method: 'GET',
    path: '/api/boards',
    auth: true,
    body: null,
    status: 200,
    response: boardListSchema,
  }),
  createBoard: route({
    method: 'POST',
    path: '/api/boards',
    auth: true,
    body: boardCreateSchema,
    status: 200,
    response: boardSummarySchema,
  }),

  /** The board, its columns in order and every column's tasks (tasks without `comments`). */
  board: route({
    method: 'GET',
    path: '/api/boards/:boardId',
    auth: true,
    body: null,
    status: 200,
    response: boardSchema,
  }),
  /** The people who can be assigned to the board's tasks. */
  boardMembers: route({
    method: 'GET',
    path: '/api/boards/:boardId/members',
    auth: true,
    body: null,
    status: 200,
    response: peopleSchema,
  }),
  /** Answers the new column, appended last, with no tasks. */
  createColumn: route({
    method: 'POST',
    path: '/api/boards/:boardId/columns',
    auth: true,
    body: columnNameSchema,
    status: 200,
    response: columnSchema,
  }),
  /** Renames a column of the board; answers the column's id and new name. */
  renameColumn: route({
    method: 'PATCH',
    path: '/api/boards/:boardId/columns/:columnId',
    auth: true,
    body: columnNameSchema,
    status: 200,
    response: columnSummarySchema,
  }),
  createTask: route({
    method: 'POST',
    path: '/api/boards/:boardId/tasks',
    auth: true,
    body: taskCreateSchema,
    status: 200,
    response: taskSchema,
  }),

  /** The task with its `comments`. */
  task: route({
    method: 'GET',
    path: '/api/tasks/:taskId',
    auth: true,
    body: null,
    status: 200,
    response: taskSchema,
  }),
  /** Answers the task as it is after the change, with its `comments`. */
  updateTask: route({
    method: 'PATCH',
    path: '/api/tasks/:taskId',
    auth: true,
    body: taskUpdateSchema,
    status: 200,
    response: taskSchema,
  }),
  /** Not served by bot/src/api yet. */
  comments: route({
    method: 'GET',
    path: '/api/tasks/:taskId/comments',
    auth: true,
    body: null,
    status: 200,
    response: commentListSchema,
  }),
  /** Answers the task after the new comment, with its `comments` (TeamFlame gives comments no id). */
  addComment: route({
    method: 'POST',
    path: '/api/tasks/:taskId/comments',
    auth: true,
    body: commentCreateSchema,
    status: 200,
    response: taskSchema,
  }),

  /** The boards a channel or chat follows. 404 when the bot is not installed in that conversation. */
  subscriptions: route({
    method: 'GET',
    path: '/api/conversations/:conversationId/subscriptions',
    auth: true,
    body: null,
    status: 200,
    response: subscriptionListSchema,
  }),
  /** Idempotent: following a board already followed answers the same. */
  subscribe: route({
    method: 'PUT',
    path: '/api/conversations/:conversationId/subscriptions/:boardId',
    auth: true,
    body: null,
    status: 200,
    response: subscriptionSchema,
  }),
  /** Idempotent: unfollowing a board not followed is 204 too. */
  unsubscribe: route({
    method: 'DELETE',
    path: '/api/conversations/:conversationId/subscriptions/:boardId',
    auth: true,
    body: null,
    status: 204,
    response: null,
  }),
} as const;

export type Routes = typeof routes;
export type RouteName = keyof Routes;

type ParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamNames<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;

/** `{ boardId: string }` for `/api/boards/:boardId`; `{}` for a path without parameters. */
type PathParams<P extends string> = { [K in ParamNames<P>]: string };
export type RouteParams<R extends RouteSpec> = PathParams<R['path']>;
export type RouteBody<R extends RouteSpec> = R['body'] extends z.ZodType ? z.input<R['body']> : undefined;
export type RouteResponse<R extends RouteSpec> = R['response'] extends z.ZodType
  ? z.output<R['response']>
  : undefined;

/**
 * The names of a path's parameters, in order.
 * @internal Tests use it too.
 */
export function paramNames(path: string): string[] {
  return [...path.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1]!);
}

/** The path with its parameters filled in, each URI-encoded. Throws on a missing or empty parameter. */
export function pathFor<R extends RouteSpec>(spec: R, params: RouteParams<R>): string {
  const values = params as Record<string, string | undefined>;
  return spec.path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = values[name];
    if (!value) throw new Error(`${spec.method} ${spec.path}: no value for :${name}`);
    return encodeURIComponent(value);
  });
}

const PARAM_SCHEMAS: Record<string, z.ZodType<string>> = { conversationId: conversationIdSchema };

/** A schema for a route's path parameters, for the server to validate them like a body. */
export function paramsSchemaFor<R extends RouteSpec>(spec: R): z.ZodType<RouteParams<R>> {
  const shape = Object.fromEntries(paramNames(spec.path).map((n) => [n, PARAM_SCHEMAS[n] ?? idSchema]));
  return z.object(shape) as unknown as z.ZodType<RouteParams<R>>;
}
