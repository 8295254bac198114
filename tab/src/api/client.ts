// The one client for the server, built on the shared contract: every answer is parsed, every problem
// document becomes an ApiError.
import {
  boardListSchema,
  boardSchema,
  problemSchema,
  signInResponseSchema,
  taskSchema,
  userSchema,
  columnSchema,
  boardSummarySchema,
  projectChoiceListSchema,
  type BoardCreate,
  type ColumnCreate,
  type TaskCreate,
  type SignInRequest,
  type TaskUpdate,
} from '@teamflame/contract';
import type { z } from 'zod';

const SESSION_KEY = 'teamflame.session';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

let ssoToken: (() => Promise<string | undefined>) | undefined;

export function setSsoTokenSource(source: () => Promise<string | undefined>): void {
  ssoToken = source;
}

export const session = {
  get: () => sessionStorage.getItem(SESSION_KEY) ?? undefined,
  set: (token: string) => sessionStorage.setItem(SESSION_KEY, token),
  clear: () => sessionStorage.removeItem(SESSION_KEY),
};

async function call<T extends z.ZodType>(
  path: string,
  schema: T | undefined,
  init: { method?: string; body?: unknown } = {},
): Promise<z.infer<T>> {
  const token = session.get() ?? (await ssoToken?.());
  const response = await fetch(path, {
    method: init.method ?? 'GET',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await response.text();
  const json: unknown = text ? JSON.parse(text) : undefined;
  if (!response.ok) {
    const problem = problemSchema.safeParse(json);
    throw new ApiError(
      response.status,
      problem.success ? (problem.data.detail ?? problem.data.title) : response.statusText,
    );
  }
  return schema ? schema.parse(json) : (json as z.infer<T>);
}

export const api = {
  signIn: (body: SignInRequest) => call('/api/auth/signin', signInResponseSchema, { method: 'POST', body }),
  signOut: () => call('/api/auth/signout', undefined, { method: 'POST' }),
  me: () => call('/api/me', userSchema),
  boards: () => call('/api/boards', boardListSchema),
  board: (boardId: string) => call(`/api/boards/${encodeURIComponent(boardId)}`, boardSchema),
  updateTask: (taskId: string, body: TaskUpdate) =>
    call(`/api/tasks/${encodeURIComponent(taskId)}`, taskSchema, { method: 'PATCH', body }),
  createTask: (boardId: string, body: TaskCreate) =>
    call(`/api/boards/${encodeURIComponent(boardId)}/tasks`, taskSchema, { method: 'POST', body }),
  createColumn: (boardId: string, body: ColumnCreate) =>
    call(`/api/boards/${encodeURIComponent(boardId)}/columns`, columnSchema, { method: 'POST', body }),
  createBoard: (body: BoardCreate) => call('/api/boards', boardSummarySchema, { method: 'POST', body }),
  projects: () => call('/api/projects', projectChoiceListSchema),
  followed: (conversationId: string) =>
    call(`/api/conversations/${encodeURIComponent(conversationId)}/subscriptions`, undefined) as Promise<
      { boardId: string }[]
    >,
  follow: (conversationId: string, boardId: string, on: boolean) =>
    call(
      `/api/conversations/${encodeURIComponent(conversationId)}/subscriptions/${encodeURIComponent(boardId)}`,
      undefined,
      {
        method: on ? 'PUT' : 'DELETE',
      },
    ),
  addComment: (taskId: string, text: string) =>
    call(`/api/tasks/${encodeURIComponent(taskId)}/comments`, taskSchema, { method: 'POST', body: { text } }),
};
