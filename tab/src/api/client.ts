// The one client for the server, built on the contract's route table: paths filled in from it, every
// answer parsed with its schema, every error answer turned into an ApiError carrying its problem document.
import {
  parseProblem,
  pathFor,
  routes,
  type ProblemDocument,
  type RouteBody,
  type RouteParams,
  type RouteResponse,
  type RouteSpec,
} from '@teamflame/contract';

/** A failed call. `message` is English, for the console; what the user reads comes from `code` (describeError). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    /** The problem document's code, or the tab's own: `offline`, `unexpected-answer`, `unknown`. */
    readonly code: string,
    message: string,
    readonly problem?: ProblemDocument,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const isUnauthorized = (error: unknown): boolean => error instanceof ApiError && error.status === 401;

export interface ClientOptions {
  fetch: typeof fetch;
  /** The bearer token for a call: the browser session token, else a Teams SSO token. */
  token: () => Promise<string | undefined>;
}

type Args<R extends RouteSpec> = RouteParams<R> &
  (RouteBody<R> extends undefined ? object : { body: RouteBody<R> });

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export function createClient(options: ClientOptions) {
  async function call<R extends RouteSpec>(spec: R, args: Args<R>): Promise<RouteResponse<R>> {
    const { body, ...params } = args as Args<R> & { body?: unknown };
    const token = spec.auth ? await options.token() : undefined;
    let response: Response;
    try {
      response = await options.fetch(pathFor(spec, params as unknown as RouteParams<R>), {
        method: spec.method,
        headers: {
          accept: 'application/json',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch {
      throw new ApiError(0, 'offline', 'The server cannot be reached.');
    }
    const json = await readJson(response);
    if (!response.ok) {
      const problem = parseProblem(json);
      const message = problem?.detail ?? problem?.title ?? `${response.status} ${response.statusText}`.trim();
      throw new ApiError(response.status, problem?.code ?? 'unknown', message, problem);
    }
    if (!spec.response) return undefined as RouteResponse<R>;
    const parsed = spec.response.safeParse(json);
    if (!parsed.success) {
      const where = parsed.error.issues[0]?.path.join('.') || 'body';
      throw new ApiError(
        response.status,
        'unexpected-answer',
        `The server's answer does not fit ${spec.path} (${where}).`,
      );
    }
    return parsed.data as RouteResponse<R>;
  }

  return {
    call,
    me: () => call(routes.me, {}),
    signIn: (body: RouteBody<typeof routes.signIn>) => call(routes.signIn, { body }),
    signOut: () => call(routes.signOut, {}),
    spaces: () => call(routes.spaces, {}),
    projectChoices: () => call(routes.projectChoices, {}),
    boards: () => call(routes.boards, {}),
    createBoard: (body: RouteBody<typeof routes.createBoard>) => call(routes.createBoard, { body }),
    board: (boardId: string) => call(routes.board, { boardId }),
    members: (boardId: string) => call(routes.boardMembers, { boardId }),
    createColumn: (boardId: string, body: RouteBody<typeof routes.createColumn>) =>
      call(routes.createColumn, { boardId, body }),
    renameColumn: (boardId: string, columnId: string, name: string) =>
      call(routes.renameColumn, { boardId, columnId, body: { name } }),
    createTask: (boardId: string, body: RouteBody<typeof routes.createTask>) =>
      call(routes.createTask, { boardId, body }),
    task: (taskId: string) => call(routes.task, { taskId }),
    updateTask: (taskId: string, body: RouteBody<typeof routes.updateTask>) =>
      call(routes.updateTask, { taskId, body }),
    addComment: (taskId: string, text: string) => call(routes.addComment, { taskId, body: { text } }),
    subscriptions: (conversationId: string) => call(routes.subscriptions, { conversationId }),
    subscribe: (conversationId: string, boardId: string) =>
      call(routes.subscribe, { conversationId, boardId }),
    unsubscribe: (conversationId: string, boardId: string) =>
      call(routes.unsubscribe, { conversationId, boardId }),
  };
}

export type ApiClient = ReturnType<typeof createClient>;
