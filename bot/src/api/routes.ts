// The tab's REST API. Every route is the same pipeline: authenticate -> validate the input with the
// contract's schema -> handler -> a whitelisted DTO. Errors leave as problem documents.
import {
  boardCreateSchema,
  columnCreateSchema,
  commentCreateSchema,
  signInRequestSchema,
  taskCreateSchema,
  taskUpdateSchema,
  type SignInResponse,
} from '@teamflame/contract';
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import type { Database } from '../data/index.js';
import type { Logger } from '../logger.js';
import type { Accounts } from '../accounts/index.js';
import { displayName } from '../teamflame/index.js';
import type { Authenticator, RequestUser } from './authenticate.js';
import { DtoBuilder } from './board-dto.js';
import { clientAddress } from './client-address.js';
import type { ConversationMembers } from './conversation-members.js';
import { NotAMember, NotInstalledHere, sendErrorProblem, sendValidationProblem } from './problems.js';
import type { SessionTokens } from './session-tokens.js';

export interface ApiDeps {
  db: Database;
  accounts: Accounts;
  sessions: SessionTokens;
  auth: Authenticator;
  /** Who is in a conversation, asked of Teams: only members may change what it follows. */
  members: ConversationMembers;
  logger: Logger;
  /** A task changed through the tab: its board's followers are told at once. */
  notifyChanged: (boardId: string) => void;
}

/**
 * Path parameters are ids (TeamFlame's, or a Teams conversation's, the longest at 512). None holds a control
 * character, and a NUL would fail in PostgreSQL as a 500: refused here as bad input.
 */
const pathParamsSchema = z.record(
  z.string(),
  z
    .string()
    .max(512)
    .regex(/^\P{Cc}*$/u, 'must not contain control characters'),
);

type Handler<T> = (ctx: {
  req: Request;
  user: RequestUser;
  body: T;
  params: Record<string, string>;
}) => Promise<unknown>;

export function registerTabApi(server: Server, deps: ApiDeps): void {
  const { auth, logger } = deps;

  function route<S extends z.ZodType | undefined>(
    schema: S,
    handler: Handler<S extends z.ZodType ? z.infer<S> : undefined>,
  ) {
    return async (req: Request, res: Response): Promise<void> => {
      try {
        const user = await auth.authenticate(req);
        const params = pathParamsSchema.safeParse(req.params ?? {});
        if (!params.success) return sendValidationProblem(res, params.error);
        let body: unknown;
        if (schema) {
          const parsed = schema.safeParse(req.body ?? {});
          if (!parsed.success) return sendValidationProblem(res, parsed.error);
          body = parsed.data;
        }
        const result = await handler({
          req,
          user,
          body: body as never,
          params: params.data,
        });
        if (result === undefined) res.send(204);
        else res.json(200, result);
      } catch (error) {
        sendErrorProblem(res, error, logger);
      }
    };
  }

  // Browser sign-in: TeamFlame credentials for a short-lived session token. The password is not kept.
  server.post('/api/auth/signin', async (req: Request, res: Response) => {
    const parsed = signInRequestSchema.safeParse(req.body ?? {});
    if (!parsed.success) return sendValidationProblem(res, parsed.error);
    const { email, password } = parsed.data;
    try {
      // Every browser session of an account shares one "browser" identity; each session is its own row.
      const { account, signedIn } = await deps.accounts.signIn({
        identity: (account) => ({
          tenantId: 'browser',
          channelUserId: `browser:${account.id}`,
          displayName: displayName(account),
        }),
        email,
        password,
        client: `address:${clientAddress(req)}`,
      });
      const linked = account.user;
      const user = signedIn.user;
      const session = await deps.sessions.issue(linked.id);
      const answer: SignInResponse = {
        sessionToken: session.token,
        expiresAt: session.expiresAt.toISOString(),
        user: { id: linked.id, teamflameUserId: user.id, name: displayName(user), email: user.email ?? null },
      };
      res.json(200, answer);
    } catch (error) {
      sendErrorProblem(res, error, logger);
    }
  });

  server.post(
    '/api/auth/signout',
    route(undefined, async ({ user }) => {
      // A browser session ends for good: its token is refused even after the account signs in again. Inside
      // Teams (SSO) the tab is the Teams user, who signs out as in chat.
      if (user.identity.kind === 'browser')
        await deps.accounts.endTabSession(user.user, user.identity.sessionId);
      else await deps.accounts.signOut(user.user);
      return undefined;
    }),
  );

  server.get(
    '/api/me',
    route(undefined, async ({ user }) => ({
      id: user.user.id,
      teamflameUserId: user.user.teamflameUserId,
      name: user.user.displayName ?? '',
      email: user.user.teamflameEmail,
    })),
  );

  server.get(
    '/api/boards',
    route(undefined, async ({ user }) => {
      const [spaces, boards] = await Promise.all([user.client.spaces.list(), user.client.boards.mine()]);
      const projects = (
        await Promise.all(spaces.map((s) => user.client.projects.bySpace(s.id).catch(() => [])))
      ).flat();
      const spaceNames = new Map(spaces.map((s) => [s.id, s.name]));
      const projectNames = new Map(projects.map((p) => [p.id, p.name]));
      return boards.map((b) => ({
        id: b.id,
        name: b.name,
        path: [spaceNames.get(b.spaceId ?? ''), projectNames.get(b.projectId ?? '')]
          .filter(Boolean)
          .join(' / '),
      }));
    }),
  );

  server.get(
    '/api/projects',
    route(undefined, async ({ user }) => {
      const spaces = await user.client.spaces.list();
      const lists = await Promise.all(
        spaces.map(async (space) =>
          (await user.client.projects.bySpace(space.id)).map((p) => ({
            id: p.id,
            name: p.name,
            spaceId: space.id,
            spaceName: space.name,
          })),
        ),
      );
      return lists.flat();
    }),
  );

  server.post(
    '/api/boards',
    route(boardCreateSchema, async ({ user, body }) => {
      const project = await user.client.projects.get(body.projectId);
      const board = await user.client.boards.create({
        name: body.name,
        spaceId: project.space ?? '',
        projectId: project.id,
      });
      return { id: board.id, name: board.name, path: project.name };
    }),
  );

  server.get(
    '/api/boards/:boardId/members',
    route(undefined, async ({ user, params }) => new DtoBuilder(user.client).members(params.boardId!)),
  );

  server.post(
    '/api/boards/:boardId/columns',
    route(columnCreateSchema, async ({ user, params, body }) => {
      const board = await user.client.boards.get(params.boardId!);
      const column = await user.client.columns.create({
        name: body.name,
        boardId: board.id,
        spaceId: board.spaceId ?? '',
        projectId: board.projectId ?? '',
      });
      return { id: column.id, name: column.name, tasks: [] };
    }),
  );

  // Following a board from a channel or chat tab: the conversation must be one the bot is in, and the
  // caller one of its members, as Teams says. A browser session carries no Teams identity, so never is.
  async function memberConversation(user: RequestUser, conversationId: string) {
    const conversation = await deps.db.conversations.findForTab(conversationId);
    if (!conversation?.installed) throw new NotInstalledHere();
    const { identity } = user;
    if (
      identity.kind !== 'teams' ||
      identity.tenantId !== conversation.tenantId ||
      !(await deps.members.includes(conversation, identity.aadObjectId))
    ) {
      throw new NotAMember();
    }
    return conversation;
  }

  server.get(
    '/api/conversations/:conversationId/subscriptions',
    route(undefined, async ({ user, params }) => {
      const conversation = await memberConversation(user, params.conversationId!);
      return (await deps.db.subscriptions.forConversation(conversation.id)).map((s) => ({
        boardId: s.boardId,
      }));
    }),
  );

  server.put(
    '/api/conversations/:conversationId/subscriptions/:boardId',
    route(undefined, async ({ user, params }) => {
      const conversation = await memberConversation(user, params.conversationId!);
      const board = await user.client.boards.get(params.boardId!); // only boards this user can see
      await deps.db.subscriptions.subscribe(conversation.id, board.id, user.user.id);
      deps.notifyChanged(board.id); // takes the first snapshot
      return { boardId: board.id };
    }),
  );

  server.del(
    '/api/conversations/:conversationId/subscriptions/:boardId',
    route(undefined, async ({ user, params }) => {
      const conversation = await memberConversation(user, params.conversationId!);
      await deps.db.subscriptions.unsubscribe(conversation.id, params.boardId!);
      return undefined;
    }),
  );

  server.get(
    '/api/boards/:boardId',
    route(undefined, ({ user, params }) => new DtoBuilder(user.client).board(params.boardId!)),
  );

  server.get(
    '/api/tasks/:taskId',
    route(undefined, async ({ user, params }) => {
      const task = await user.client.tasks.get(params.taskId!);
      const columns = task.boardId ? await user.client.columns.byBoard(task.boardId) : [];
      return new DtoBuilder(user.client).task(task, columns.find((c) => c.id === task.columnId)?.name ?? '');
    }),
  );

  server.post(
    '/api/boards/:boardId/tasks',
    route(taskCreateSchema, async ({ user, params, body }) => {
      const board = await user.client.boards.get(params.boardId!);
      const task = await user.client.tasks.create({
        name: body.name,
        description: body.description ?? '',
        columnId: body.columnId,
        boardId: board.id,
        projectId: board.projectId ?? '',
        spaceId: board.spaceId ?? '',
      });
      deps.notifyChanged(board.id);
      return new DtoBuilder(user.client).task(task, '');
    }),
  );

  server.patch(
    '/api/tasks/:taskId',
    route(taskUpdateSchema, async ({ user, params, body }) => {
      const taskId = params.taskId!;
      if (body.columnId) {
        const task = await user.client.tasks.get(taskId);
        if (task.columnId !== body.columnId) await user.client.tasks.changeColumn(task, body.columnId);
      }
      const { columnId: _columnId, dueDate, assigneeIds, name, description } = body;
      if (
        name !== undefined ||
        description !== undefined ||
        assigneeIds !== undefined ||
        dueDate !== undefined
      ) {
        await user.client.tasks.update(taskId, {
          name,
          description,
          assigneeIds,
          endDate: dueDate === undefined ? undefined : dueDate === null ? null : `${dueDate}T18:00:00`,
        });
      }
      const task = await user.client.tasks.get(taskId);
      if (task.boardId) deps.notifyChanged(task.boardId);
      const columns = task.boardId ? await user.client.columns.byBoard(task.boardId) : [];
      return new DtoBuilder(user.client).task(task, columns.find((c) => c.id === task.columnId)?.name ?? '');
    }),
  );

  server.post(
    '/api/tasks/:taskId/comments',
    route(commentCreateSchema, async ({ user, params, body }) => {
      await user.client.comments.create(params.taskId!, body.text);
      const task = await user.client.tasks.get(params.taskId!);
      if (task.boardId) deps.notifyChanged(task.boardId);
      return new DtoBuilder(user.client).task(task, '');
    }),
  );
}
